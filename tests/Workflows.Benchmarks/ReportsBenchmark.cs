using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.DevelopmentSupport.PrivateCluster;
using Astra.Workflows.Modules.Platform.Crypto;

namespace Astra.Workflows.Benchmarks;

/// <summary>
/// Issue 17's figure: every report over ten years of synthetic data answers in under 1 s p95 through the API. At
/// scale 1: 1,000,000 contacts, 50,000 cases with profiles, 500,000 services, 200,000 referrals. Each report is asked
/// for the whole ten years (its worst case) and for the last year, sequentially by the Reporting user, plus the
/// Director's overview.
/// </summary>
internal static class ReportsBenchmark
{
    private const string Database = "astra_reports";
    private const double TargetMs = 1000;

    public static async Task<int> RunAsync(PrivatePostgres cluster, BenchmarkOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var scale = options.Scale;
        var contacts = Math.Max(1, (int)(1_000_000 * scale));
        var sizes = new ReportsSeeder.Sizes(Math.Max(1, (int)(50_000 * scale)), Math.Max(1, (int)(500_000 * scale)), Math.Max(1, (int)(200_000 * scale)));
        var logins = await cluster.ProvisionDatabaseAsync(Database, cancellationToken);
        var masterKey = MasterKey.GenerateBase64();
        output.WriteLine("building and starting the host (Release)…");
        await using var host = HostProcess.Start(logins.OwnerConnectionString, logins.RuntimeConnectionString, masterKey);
        await host.WaitReadyAsync(TimeSpan.FromMinutes(6), cancellationToken);

        var now = DateTimeOffset.UtcNow;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"seeding scale {scale}: {contacts:N0} contacts, {sizes.Cases:N0} cases with profiles, {sizes.Services:N0} services, {sizes.Referrals:N0} referrals over 10 years (COPY)…"));
        var hotline = await HotlineSeeder.SeedAsync(logins.OwnerConnectionString, MasterKey.FromBase64(masterKey), contacts, Math.Max(1, contacts / 20), now, cancellationToken);
        var rest = await ReportsSeeder.SeedAsync(logins.OwnerConnectionString, sizes, now, cancellationToken);
        output.WriteLine($"seeded in {(hotline + rest).TotalSeconds:F1} s");

        using var reporting = await SignInAsync(host, "reporting@astra.local", cancellationToken);
        using var director = await SignInAsync(host, "director@astra.local", cancellationToken);
        var keys = (await reporting.GetFromJsonAsync<JsonElement>("/api/reports?lang=en", cancellationToken)).EnumerateArray()
            .Select(r => r.GetProperty("key").GetString()!).ToList();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var periods = new (string Name, DateOnly From, DateOnly To)[] { ("10 years", today.AddYears(-10), today), ("last year", today.AddYears(-1).AddDays(1), today) };

        var rows = new List<(string Name, string Period, double[] Sorted)>();
        foreach (var key in keys)
        {
            foreach (var (name, from, to) in periods)
            {
                var url = string.Create(CultureInfo.InvariantCulture, $"/api/reports/{key}?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&lang=en");
                rows.Add((key, name, await MeasureAsync(reporting, url, options.Samples, cancellationToken)));
            }
        }

        rows.Add(("overview (Director)", "now", await MeasureAsync(director, "/api/overview", options.Samples, cancellationToken)));

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Reports: scale {scale} ({contacts:N0} contacts, {sizes.Cases:N0} cases, {sizes.Services:N0} services, {sizes.Referrals:N0} referrals), {options.Samples} sequential requests each after 2 warm-ups"));
        output.WriteLine($"{"report",-40} {"period",-10} {"p50 ms",8} {"p95 ms",8} {"max ms",8}");
        foreach (var (name, period, sorted) in rows)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-40} {period,-10} {Rank(sorted, 0.50),8:F1} {Rank(sorted, 0.95),8:F1} {sorted[^1],8:F1}"));
        }

        var worst = rows.MaxBy(r => Rank(r.Sorted, 0.95));
        var worstP95 = Rank(worst.Sorted, 0.95);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"target: every report p95 < {TargetMs:F0} ms → {(worstP95 < TargetMs ? "met" : "NOT met")} (slowest: {worst.Name}, {worst.Period}, p95 {worstP95:F1} ms)"));
        return 0;
    }

    private static async Task<HttpClient> SignInAsync(HostProcess host, string email, CancellationToken cancellationToken)
    {
        var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var login = await http.PostAsJsonAsync("/api/auth/login", new { email, password = HostProcess.Password }, cancellationToken);
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private static async Task<double[]> MeasureAsync(HttpClient http, string url, int samples, CancellationToken cancellationToken)
    {
        for (var i = 0; i < 2; i++)
        {
            (await http.GetAsync(url, cancellationToken)).EnsureSuccessStatusCode();
        }

        var ms = new double[samples];
        for (var i = 0; i < samples; i++)
        {
            var one = Stopwatch.StartNew();
            using var response = await http.GetAsync(url, cancellationToken);
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync(cancellationToken);
            ms[i] = one.Elapsed.TotalMilliseconds;
        }

        Array.Sort(ms);
        return ms;
    }

    private static double Rank(double[] sorted, double percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile * sorted.Length) - 1, 0, sorted.Length - 1)];
}
