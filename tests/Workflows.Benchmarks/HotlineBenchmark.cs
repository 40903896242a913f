using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.DevelopmentSupport.PrivateCluster;
using Astra.Workflows.Modules.Platform.Crypto;

namespace Astra.Workflows.Benchmarks;

/// <summary>
/// Issue 16's figure: logging a contact with its repeat-caller lookup through the real API over a contact log of
/// ten years. Sequential requests from one signed-in operator, each for a random existing caller; a plain
/// authenticated GET and a contact without a number are the baselines that show what the lookup itself costs.
/// </summary>
internal static class HotlineBenchmark
{
    private const string Database = "astra_hotline";
    private const int WarmUp = 50;

    public static async Task<int> RunAsync(PrivatePostgres cluster, BenchmarkOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var logins = await cluster.ProvisionDatabaseAsync(Database, cancellationToken);
        var masterKey = MasterKey.GenerateBase64();
        var key = MasterKey.FromBase64(masterKey);
        output.WriteLine("building and starting the host (Release)…");
        await using var host = HostProcess.Start(logins.OwnerConnectionString, logins.RuntimeConnectionString, masterKey);
        await host.WaitReadyAsync(TimeSpan.FromMinutes(6), cancellationToken);

        output.WriteLine($"seeding {options.Contacts:N0} contacts over 10 years from {options.Callers:N0} callers (COPY)…");
        var seeded = await HotlineSeeder.SeedAsync(logins.OwnerConnectionString, key, options.Contacts, options.Callers, DateTimeOffset.UtcNow, cancellationToken);
        output.WriteLine($"seeded in {seeded.TotalSeconds:F1} s");

        using var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var login = await http.PostAsJsonAsync("/api/auth/login", new { email = "operator@astra.local", password = HostProcess.Password }, cancellationToken);
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var random = new Random(7);
        string Caller()
        {
            var r = random.NextDouble();
            return HotlineSeeder.CallerNumber((int)(r * r * options.Callers));
        }

        var repeats = new List<int>();
        async Task LogWithNumber()
        {
            var response = await http.PostAsJsonAsync("/api/contacts", new { callerNumber = Caller(), callerType = "jobOfferCheck", topics = new[] { "jobOfferCheck" } }, cancellationToken);
            response.EnsureSuccessStatusCode();
            repeats.Add((await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("repeatCaller").GetProperty("previousContacts").GetInt32());
        }

        async Task LogWithoutNumber() => (await http.PostAsJsonAsync("/api/contacts", new { callerType = "citizen" }, cancellationToken)).EnsureSuccessStatusCode();
        async Task Lookup() => (await http.PostAsJsonAsync("/api/contacts/repeat-caller", new { callerNumber = Caller() }, cancellationToken)).EnsureSuccessStatusCode();
        async Task Me() => (await http.GetAsync("/api/me", cancellationToken)).EnsureSuccessStatusCode();

        for (var i = 0; i < WarmUp; i++)
        {
            await LogWithNumber();
            await Lookup();
            await Me();
        }

        repeats.Clear();
        var phases = new List<(string Name, List<double> Ms)>
        {
            ("baseline: GET /api/me", await MeasureAsync(Me, options.PhaseDuration, cancellationToken)),
            ("baseline: log a contact without a number", await MeasureAsync(LogWithoutNumber, options.PhaseDuration, cancellationToken)),
            ("log a contact with repeat-caller lookup", await MeasureAsync(LogWithNumber, options.PhaseDuration, cancellationToken)),
            ("repeat-caller lookup while typing", await MeasureAsync(Lookup, options.PhaseDuration, cancellationToken)),
        };

        output.WriteLine();
        output.WriteLine($"Hotline: {options.Contacts:N0} contacts / {options.Callers:N0} callers, one operator, sequential requests, {options.PhaseDuration.TotalSeconds:F0} s per phase");
        output.WriteLine($"{"phase",-45} {"n",7} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8}");
        foreach (var (name, ms) in phases)
        {
            var sorted = ms.Order().ToArray();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-45} {sorted.Length,7} {Rank(sorted, 0.50),8:F1} {Rank(sorted, 0.95),8:F1} {Rank(sorted, 0.99),8:F1} {sorted[^1],8:F1}"));
        }

        if (repeats.Count > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"earlier contacts found per logged call: median {repeats.Order().ElementAt(repeats.Count / 2)}, max {repeats.Max()}"));
        }

        var logP95 = Rank([.. phases[2].Ms.Order()], 0.95);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"target: p95 of logging with lookup < 20 ms → {(logP95 < 20 ? "met" : "NOT met")} ({logP95:F1} ms)"));
        return 0;
    }

    private static async Task<List<double>> MeasureAsync(Func<Task> operation, TimeSpan duration, CancellationToken cancellationToken)
    {
        var samples = new List<double>();
        var total = Stopwatch.StartNew();
        while (total.Elapsed < duration && !cancellationToken.IsCancellationRequested)
        {
            var one = Stopwatch.StartNew();
            await operation();
            samples.Add(one.Elapsed.TotalMilliseconds);
        }

        return samples;
    }

    private static double Rank(double[] sorted, double percentile) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percentile * sorted.Length) - 1, 0, sorted.Length - 1)];
}
