namespace Astra.Workflows.Host.Startup;

/// <summary>
/// HTTPS only outside Development and Testing: plain HTTP is redirected and HTTPS responses carry
/// Strict-Transport-Security, so a browser never sends the session cookie or a feed token in clear again.
/// Behind a TLS-terminating proxy this relies on the forwarded-headers middleware running first.
/// </summary>
internal static class TransportSecurity
{
    public static IServiceCollection AddTransportSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(configuration.GetValue("Astra:Security:HstsMaxAgeDays", 365));
            o.IncludeSubDomains = false;
            o.Preload = false;
        });
        // TestServer and a proxy expose no HTTPS address the middleware could discover, so the port is a setting.
        services.AddHttpsRedirection(o => o.HttpsPort = configuration.GetValue("Astra:Security:HttpsPort", 443));
        return services;
    }

    public static WebApplication UseTransportSecurity(this WebApplication app)
    {
        if (DevelopmentLike.Is(app.Environment))
        {
            return app;
        }

        app.UseHsts();
        // Load balancers and probes check health, and a Prometheus on the machine scrapes a node, over plain HTTP on
        // loopback (the metrics endpoint answers nothing else without its token); everything else moves to HTTPS.
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/health")
                && !context.Request.Path.StartsWithSegments(Observability.ObservabilityOptions.MetricsPath),
            branch => branch.UseHttpsRedirection());
        return app;
    }

    /// <summary>The API description helps an attacker map the service: outside Development and Testing only for signed-in users.</summary>
    public static WebApplication MapOpenApiDocument(this WebApplication app)
    {
        var document = app.MapOpenApi();
        if (DevelopmentLike.Is(app.Environment))
        {
            document.AllowAnonymous();
        }
        else
        {
            document.RequireAuthorization();
        }

        return app;
    }
}
