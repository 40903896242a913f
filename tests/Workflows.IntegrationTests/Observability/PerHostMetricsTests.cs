using System.Diagnostics;
using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Observability;

/// <summary>
/// Two hosts in one process: each scrape shows its own per-host instruments (request durations, backlog gauges) and
/// none of the other host's, though both register meters of the same names.
/// </summary>
public sealed class PerHostMetricsTests(AstraApiFactory factory) : ApiTest(factory)
{
    private const string Duration = "http_server_request_duration_seconds_count";
    private const string CaseRoute = "cases/{id:guid}";

    [Fact]
    public async Task Two_hosts_in_one_process_scrape_only_their_own_instruments()
    {
        await using var second = Factory.CreateSecondHost();
        using var client = second.CreateClient();
        var firstBefore = Scrape.Parse((await Scrape.GetAsync(Factory.Server, Scrape.Loopback)).Body);

        // Requests only the second host answers (401: no sign-in; the route is still the one matched).
        for (var i = 0; i < 7; i++)
        {
            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await client.GetAsync($"/api/cases/{Guid.NewGuid()}")).StatusCode);
        }

        var secondAfter = await ScrapeUntilAsync(second.Server, s => RouteCount(s) >= 7);
        await Task.Delay(400);
        var firstAfter = Scrape.Parse((await Scrape.GetAsync(Factory.Server, Scrape.Loopback)).Body);

        Assert.True(RouteCount(secondAfter) >= 7, "the second host counts its own requests");
        Assert.Equal(RouteCount(firstBefore), RouteCount(firstAfter));
        // One series per gauge: the other host's gauge of the same name is not exported beside this one's.
        Assert.Single(firstAfter, s => s.Name == "astra_outbox_pending");
        Assert.Single(secondAfter, s => s.Name == "astra_outbox_pending");
    }

    private static double RouteCount(IReadOnlyList<Scrape.Sample> samples) =>
        samples.Where(s => s.Name == Duration && s.Labels.Contains(CaseRoute, StringComparison.Ordinal)).Sum(s => s.Value);

    // The exporter keeps a scrape's answer for 300 ms: ask until it shows.
    private static async Task<IReadOnlyList<Scrape.Sample>> ScrapeUntilAsync(Microsoft.AspNetCore.TestHost.TestServer server, Func<IReadOnlyList<Scrape.Sample>, bool> shows)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var samples = Scrape.Parse((await Scrape.GetAsync(server, Scrape.Loopback)).Body);
            if (shows(samples) || clock.Elapsed > TimeSpan.FromSeconds(20))
            {
                return samples;
            }

            await Task.Delay(200);
        }
    }
}
