using Astra.Workflows.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Astra.Workflows.IntegrationTests.Observability;

/// <summary>Issue 23 item 5: metrics answer this machine (not through a proxy) or the configured token; anyone else gets 404.</summary>
public sealed class MetricsAccessTests(AstraApiFactory factory) : ApiTest(factory)
{
    private const string Token = "3f9c2a7d41b86e05c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6";

    [Fact]
    public async Task With_a_token_configured_only_the_right_token_or_a_direct_loopback_request_reads_the_metrics()
    {
        await using var host = Factory.CreateSecondHost(("Observability:MetricsToken", Token));
        var server = ((WebApplicationFactory<Program>)host).Server;

        var anonymous = await Scrape.GetAsync(server, Scrape.Remote);
        var wrong = await Scrape.GetAsync(server, Scrape.Remote, bearer: Token[..^1] + "0");
        var right = await Scrape.GetAsync(server, Scrape.Remote, bearer: Token);
        var local = await Scrape.GetAsync(server, Scrape.Loopback);
        var ipv6Local = await Scrape.GetAsync(server, "::1");
        // nginx on this machine connects from loopback: what it forwards is a stranger's request.
        var proxied = await Scrape.GetAsync(server, Scrape.Loopback, forwardedFor: Scrape.Remote);
        var proxiedWithToken = await Scrape.GetAsync(server, Scrape.Loopback, bearer: Token, forwardedFor: Scrape.Remote);

        Assert.Equal(404, anonymous.Status);
        Assert.Equal(404, wrong.Status);
        Assert.Equal(404, proxied.Status);
        // The answer of any unknown address, nothing of the metrics.
        Assert.DoesNotContain("astra_", anonymous.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("astra_", wrong.Body, StringComparison.Ordinal);
        Assert.Equal(200, right.Status);
        Assert.Equal(200, local.Status);
        Assert.Equal(200, ipv6Local.Status);
        Assert.Equal(200, proxiedWithToken.Status);
        Assert.Contains("astra_hangfire_queue_length", right.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_token_configured_no_bearer_opens_the_metrics_to_another_machine()
    {
        var remote = await Scrape.GetAsync(Factory.Server, Scrape.Remote);
        var anyBearer = await Scrape.GetAsync(Factory.Server, Scrape.Remote, bearer: string.Empty);
        var local = await Scrape.GetAsync(Factory.Server, Scrape.Loopback);
        var signedIn = await (await Factory.ClientForAsync("admin@astra.local")).GetAsync("/metrics");

        Assert.Equal(404, remote.Status);
        Assert.Equal(404, anyBearer.Status);
        Assert.Equal(200, local.Status);
        // The test client has no remote address: not this machine, and a user's sign-in is no metrics token.
        Assert.Equal(System.Net.HttpStatusCode.NotFound, signedIn.StatusCode);
    }

    [Fact]
    public async Task A_short_metrics_token_stops_the_host_and_names_the_setting()
    {
        await using var host = Factory.CreateSecondHost(("Observability:MetricsToken", "too-short"));

        var error = Assert.ThrowsAny<Exception>(() => host.Services);

        Assert.Contains("Observability:MetricsToken", error.ToString(), StringComparison.Ordinal);
    }
}
