using Astra.Workflows.Modules.Users.Auth;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;

namespace Astra.Workflows.Host.Startup;

internal static class SecuritySetup
{
    public static IServiceCollection AddWorkflowsSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("Astra:Security:SignInPermitsPerMinute", 10);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Per client address: slows password guessing without letting one attacker lock everyone out.
            o.AddPolicy(SignInRateLimit.Policy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        services.Configure<ForwardedHeadersOptions>(o => ConfigureKnownProxies(o, configuration));
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = 2 * 1024 * 1024);
        return services;
    }

    /// <summary>
    /// The client's address (for the per-address sign-in limit and the audit) is taken from <c>X-Forwarded-For</c>
    /// only when the connection comes from a proxy listed in <c>Astra:Security:KnownProxies</c>; anyone else could
    /// write any address there. With no list, no forwarded header is believed (not even from loopback).
    /// </summary>
    public static WebApplication UseKnownProxies(this WebApplication app)
    {
        app.UseForwardedHeaders();
        return app;
    }

    private static void ConfigureKnownProxies(ForwardedHeadersOptions options, IConfiguration configuration)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        // One address per trusted proxy in front of us; the header's entries beyond them are the client's.
        options.ForwardLimit = null;
        foreach (var proxy in configuration.GetSection("Astra:Security:KnownProxies").Get<string[]>() ?? [])
        {
            options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        }
    }

    /// <summary>
    /// Headers for every response; API responses carry case data, so they are never cached and never framed.
    /// </summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    headers.CacheControl = "no-store";
                    headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
                }

                return Task.CompletedTask;
            });
            await next();
        });
        return app;
    }
}
