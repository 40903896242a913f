using System.Net;
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
}
