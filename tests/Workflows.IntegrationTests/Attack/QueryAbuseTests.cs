using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Engine;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Astra.Workflows.IntegrationTests.Attack;

/// <summary>
/// A signed-in user of every role sends every GET and DELETE under /api hostile query values — numbers at and past the
/// int/long limits, negative and huge page sizes, year 0001/9999 with extreme offsets, impossible dates, unknown enum
/// values, long and regex-like search text, encoded NULs and broken UTF-8, thousands of parameters. None may be a
/// 5xx or take longer than a few seconds.
/// </summary>
public sealed class QueryAbuseTests(AstraApiFactory factory, ITestOutputHelper output) : ApiTest(factory)
{
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(4);

    private static readonly string[] Users =
    [
        "admin@astra.local", "coordinator@astra.local", "casemanager@astra.local", "lawyer@astra.local",
        "director@astra.local", "reporting@astra.local", "operator@astra.local",
    ];

    private static readonly string[] Numbers =
        ["-1", "0", "-2147483648", "2147483647", "2147483648", "9223372036854775807", "-9223372036854775809", "1000000", "1e9", "0x10", "NaN", "abc", ""];

    private static readonly string[] Dates =
    [
        "0001-01-01", "9999-12-31", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "2026-02-30", "2026-13-01",
        "-0001-01-01", "10000-01-01", "2026-01-01T25:00:00Z", "yesterday", "",
    ];

    private static readonly string[] Texts =
    [
        new string('a', 6000), "(a+)+$", ".*.*.*.*.*.*.*.*.*.*.*.*.*.*.*!", "%' OR 1=1 --", "[[[[", "{{ 'x' | append: 'y' }}", "\\", "ž中😀",
        "NoSuchValue", "",
    ];

    // Raw, already encoded: an encoded NUL, broken UTF-8, a lone surrogate, a percent sign with no digits.
    private static readonly string[] RawTexts = ["%00", "%C3%28", "%ED%A0%80", "%", "%FF%FE"];

    [Fact]
    public async Task No_hostile_query_to_any_endpoint_is_a_server_error_or_slow()
    {
        var admin = await Factory.ClientForAsync("admin@astra.local");
        var document = await admin.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var caseId = (await ApiSteps.OpenCaseAsync(await Factory.ClientForAsync("casemanager@astra.local"))).Id;
        var reportKey = (await admin.GetFromJsonAsync<JsonElement>("/api/reports"))[0].GetProperty("key").GetString();
        var operations = OpenApiOperation.Read(document).Where(o => o.Method is "GET").ToList();
        Assert.True(operations.Count > 30, $"Only {operations.Count} GET operations were read.");

        var failures = new List<string>();
        var sent = 0;
        var watch = Stopwatch.StartNew();
        foreach (var user in Users)
        {
            var client = await Factory.ClientForAsync(user);
            foreach (var operation in operations)
            {
                var path = operation.Fill(caseId).Replace("/api/reports/no-such-key", "/api/reports/" + reportKey, StringComparison.Ordinal);
                foreach (var (label, query) in Queries(document, operation))
                {
                    await ProbeAsync(client, user, path, label, query, failures);
                    sent++;
                }
            }
        }

        output.WriteLine($"{operations.Count} operations, {sent} requests, {failures.Count} failures, {watch.Elapsed.TotalSeconds:F0} s.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} hostile queries failed:\n" + string.Join('\n', failures.Take(200)));
    }

    [Fact]
    public async Task A_NUL_in_a_filter_and_a_report_over_ten_thousand_years_are_400s_naming_the_parameter()
    {
        var director = await Factory.ClientForAsync("director@astra.local");
        var key = (await director.GetFromJsonAsync<JsonElement>("/api/reports"))[0].GetProperty("key").GetString();

        var nul = await director.GetAsync("/api/cases?code=AS%00");
        var widest = await director.GetAsync($"/api/reports/{key}?from=0001-01-01&to=9999-12-31");
        var htcds = await director.GetAsync("/api/reports/htcds/cases?from=0001-01-01&to=2026-01-31");

        Assert.Equal(["code"], await ErrorKeysAsync(nul));
        Assert.Equal(["from", "to"], await ErrorKeysAsync(widest));
        Assert.Equal(["from"], await ErrorKeysAsync(htcds));
    }

    private static async Task<string[]> ErrorKeysAsync(HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        return [.. errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal)];
    }

    private static async Task ProbeAsync(HttpClient client, string user, string path, string label, string query, List<string> failures)
    {
        var clock = Stopwatch.StartNew();
        using var hang = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            using var response = await client.GetAsync(path + query, hang.Token);
            await response.Content.ReadAsByteArrayAsync(hang.Token);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{user} GET {path} [{label}] → {(int)response.StatusCode}");
            }
            else if (clock.Elapsed > Slow)
            {
                failures.Add($"{user} GET {path} [{label}] took {clock.Elapsed.TotalSeconds:F1} s");
            }
        }
        catch (OperationCanceledException) when (hang.IsCancellationRequested)
        {
            failures.Add($"{user} GET {path} [{label}] hung (no answer in 30 s)");
        }
    }

    private static IEnumerable<(string Label, string Query)> Queries(JsonElement document, OpenApiOperation operation)
    {
        yield return ("no query", "");
        yield return ("unknown parameter", "?noSuchFilter=1&sort=noSuchColumn&orderBy=password");
        yield return ("5000 parameters", "?" + string.Join('&', Enumerable.Range(0, 5000).Select(i => $"p{i}={i}")));
        foreach (var (name, type, schema) in operation.Query)
        {
            var format = OpenApiOperation.FormatOf(document, schema);
            var values = type switch
            {
                "integer" or "number" => Numbers,
                "boolean" => ["maybe", "1", "", "TRUE"],
                _ when format is "date" or "date-time" || name is "from" or "to" => Dates,
                _ when format is "uuid" => ["not-a-guid", Guid.Empty.ToString(), "{" + Guid.NewGuid() + "}", ""],
                _ => Texts,
            };
            foreach (var value in values)
            {
                yield return ($"{name}={Short(value)}", $"?{name}={Uri.EscapeDataString(value)}");
            }

            foreach (var raw in RawTexts)
            {
                yield return ($"{name}={raw}", $"?{name}={raw}");
            }

            yield return ($"{name} twice", $"?{name}=1&{name}=2");
            yield return ($"{name} 2000 times", "?" + string.Join('&', Enumerable.Repeat($"{name}=1", 2000)));
        }

        // Every date pair at its widest and reversed: a report or calendar over ten thousand years.
        var dates = operation.Query.Where(q => OpenApiOperation.FormatOf(document, q.Schema) is "date" or "date-time").Select(q => q.Name).ToList();
        if (dates.Contains("from") && dates.Contains("to"))
        {
            yield return ("widest range", "?from=0001-01-01&to=9999-12-31");
            yield return ("reversed range", "?from=9999-12-31&to=0001-01-01");
            yield return ("widest range with offsets", "?from=" + Uri.EscapeDataString("0001-01-01T00:00:00+14:00") + "&to=" + Uri.EscapeDataString("9999-12-31T23:59:59-14:00"));
        }
    }

    private static string Short(string value) => value.Length > 24 ? $"{value[..8]}…({value.Length} chars)" : value;
}
