using System.Net;
using Microsoft.AspNetCore.Http;
using System.Net.Http.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Foundation;

public sealed class HardeningTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Api_responses_are_never_cached_nor_framed()
    {
        var response = await (await Factory.ClientForAsync("casemanager@astra.local")).GetAsync("/api/me");

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Repeated_sign_in_attempts_are_rate_limited()
    {
        await using var host = Factory.CreateSecondHost(("Astra:Security:SignInPermitsPerMinute", "3"));
        var client = host.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/auth/login", new { email = "lawyer@astra.local", password = "guess-" + i })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task The_sign_in_limit_counts_the_client_behind_a_known_proxy_and_ignores_forwarded_headers_from_anyone_else()
    {
        await using var host = Factory.CreateSecondHost(("Astra:Security:SignInPermitsPerMinute", "2"), ("Astra:Security:KnownProxies:0", "10.0.0.1"));
        var server = ((Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>)host).Server;

        async Task<int> AttemptAsync(string from, string forwardedFor)
        {
            var context = await server.SendAsync(c =>
            {
                c.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(from);
                c.Request.Method = HttpMethods.Post;
                c.Request.Path = "/api/auth/login";
                c.Request.Headers["X-Forwarded-For"] = forwardedFor;
                var body = System.Text.Encoding.UTF8.GetBytes("{\"email\":\"lawyer@astra.local\",\"password\":\"a-wrong-guess-here\"}");
                c.Request.Scheme = "http";
                c.Request.Host = new HostString("localhost");
                c.Request.ContentType = "application/json";
                c.Request.ContentLength = body.Length;
                c.Request.Body = new MemoryStream(body);
                c.Features.Set<Microsoft.AspNetCore.Http.Features.IHttpRequestBodyDetectionFeature>(new HasBody());
            });
            return context.Response.StatusCode;
        }

        // Through the proxy, two clients each get their own two attempts.
        var proxied = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            proxied.Add(await AttemptAsync("10.0.0.1", "203.0.113.7"));
        }

        Assert.Equal([401, 401, 429], proxied);
        Assert.Equal(401, await AttemptAsync("10.0.0.1", "203.0.113.8"));
        // Anyone else writing the header counts as themselves, whatever address they claim.
        var direct = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            direct.Add(await AttemptAsync("198.51.100.9", $"203.0.113.{20 + i}"));
        }

        Assert.Equal([401, 401, 429], direct);
    }

    private sealed class HasBody : Microsoft.AspNetCore.Http.Features.IHttpRequestBodyDetectionFeature
    {
        public bool CanHaveBody => true;
    }
}
