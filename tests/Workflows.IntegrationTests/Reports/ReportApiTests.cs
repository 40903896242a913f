using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.IntegrationTests.Privacy;
using static Astra.Workflows.IntegrationTests.Reports.ReportSteps;

namespace Astra.Workflows.IntegrationTests.Reports;

public sealed class ReportApiTests(AstraApiFactory factory) : ApiTest(factory)
{
    private static readonly DateOnly InPeriod = new(2026, 3, 10);

    /// <summary>victims-by-sex: female 3 identified (the small cell) and 12 potential, male 15/9, unknown 11/25; one person outside the period.</summary>
    private async Task SeedSexTableAsync()
    {
        var cells = new (string Sex, string Status, int Count)[]
        {
            ("female", "formallyIdentified", 3), ("female", "potential", 12),
            ("male", "formallyIdentified", 15), ("male", "potential", 9),
            ("unknown", "formallyIdentified", 11), ("unknown", "potential", 25),
        };
        foreach (var (sex, status, count) in cells)
        {
            await SeedProfilesAsync(Factory, count, _ => Person(sex, status, InPeriod));
        }

        await SeedProfilesAsync(Factory, 1, _ => Person("female", "formallyIdentified", new DateOnly(2025, 12, 31)));
    }

    [Fact]
    public async Task A_category_with_3_people_shows_lt5_and_no_total_lets_it_be_derived()
    {
        await SeedSexTableAsync();
        var reporting = await Factory.ClientForAsync(Reporting);

        var report = await ReportAsync(reporting, "victims-by-sex", "2026-01-01", "2026-12-31");

        Assert.Equal("victims-by-sex", report.GetProperty("key").GetString());
        Assert.Equal("2026-01-01", report.GetProperty("from").GetString());
        Assert.Equal("2026-12-31", report.GetProperty("to").GetString());
        Assert.Equal(5, report.GetProperty("k").GetInt32());
        Assert.Equal(["Formally identified", "Potential victims"], report.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        var rows = report.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(["Female", "Male", "Other", "Unknown"], rows.Select(r => r.GetProperty("label").GetString()));
        var cells = rows.Select(r => r.GetProperty("cells").EnumerateArray().Select(Cell).ToList()).ToList();
        var rowTotals = report.GetProperty("rowTotals").EnumerateArray().Select(Cell).ToList();
        var columnTotals = report.GetProperty("columnTotals").EnumerateArray().Select(Cell).ToList();
        var total = Cell(report.GetProperty("total"));

        Assert.Equal("<5", cells[0][0]);
        Assert.Equal(["0", "0"], cells[2]);
        // Whatever is shown is the truth (the person outside the period is not counted).
        Assert.Equal("75", total);
        AssertShownEquals(cells, rowTotals, columnTotals, [[3, 12], [15, 9], [0, 0], [11, 25]]);
        // Every line holding a hidden entry holds a second one, so no line's total minus the rest gives it back.
        for (var i = 0; i < cells.Count; i++)
        {
            var line = cells[i].Append(rowTotals[i]).ToList();
            Assert.True(line.Count(c => c == "<5") is 0 or >= 2, $"row {i}: {string.Join(",", line)}");
        }

        for (var j = 0; j < 2; j++)
        {
            var line = cells.Select(r => r[j]).Append(columnTotals[j]).ToList();
            Assert.True(line.Count(c => c == "<5") is 0 or >= 2, $"column {j}: {string.Join(",", line)}");
        }

        var audit = Assert.Single(await PrivacyApi.AuditAsync(Factory, "report.read"));
        Assert.Equal("2026-01-01..2026-12-31 json", audit.Reason);
        Assert.Null(audit.CaseId);
    }

    [Fact]
    public async Task Titles_and_labels_come_in_the_callers_language_and_bad_periods_are_400_naming_the_field()
    {
        var director = await Factory.ClientForAsync(Director);

        var list = await director.GetFromJsonAsync<JsonElement>("/api/reports?lang=sr-Cyrl");
        Assert.Contains(list.EnumerateArray(), r => r.GetProperty("key").GetString() == "victims-by-sex" && r.GetProperty("title").GetString() == "Жртве по полу");
        var latin = await ReportAsync(director, "victims-by-sex", "2026-01-01", "2026-01-31", "sr-Latn");
        Assert.Equal("Žensko", latin.GetProperty("rows")[0].GetProperty("label").GetString());

        foreach (var (query, field) in new[] { ("to=2026-01-31", "from"), ("from=2026-02-01&to=2026-01-31", "to"), ("from=2026-01-01&to=2026-01-31&format=pdf", "format"), ("from=2026-01-01&to=2026-01-31&lang=de", "lang") })
        {
            var response = await director.GetAsync($"/api/reports/victims-by-sex?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), query);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync("/api/reports/no-such-report?from=2026-01-01&to=2026-01-31")).StatusCode);
    }

    [Fact]
    public async Task Every_built_in_report_answers_for_the_director_and_the_admin_and_no_other_staff_role()
    {
        await SeedSexTableAsync();
        foreach (var email in new[] { Director, Admin, Reporting })
        {
            var client = await Factory.ClientForAsync(email);
            var list = await client.GetFromJsonAsync<JsonElement>("/api/reports");
            Assert.True(list.GetArrayLength() >= 10);
            foreach (var key in list.EnumerateArray().Select(r => r.GetProperty("key").GetString()))
            {
                var report = await ReportAsync(client, key!, "2026-01-01", "2026-12-31");
                Assert.All(report.GetProperty("rows").EnumerateArray(), r => Assert.Equal(report.GetProperty("columns").GetArrayLength(), r.GetProperty("cells").GetArrayLength()));
            }
        }

        foreach (var email in new[] { Coordinator, CaseManager, "lawyer@astra.local" })
        {
            var client = await Factory.ClientForAsync(email);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/reports")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/reports/victims-by-sex?from=2026-01-01&to=2026-12-31")).StatusCode);
        }
    }

    private static void AssertShownEquals(List<List<string>> cells, List<string> rowTotals, List<string> columnTotals, int[][] truth)
    {
        for (var i = 0; i < truth.Length; i++)
        {
            for (var j = 0; j < truth[i].Length; j++)
            {
                Assert.True(cells[i][j] == "<5" || cells[i][j] == truth[i][j].ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            Assert.True(rowTotals[i] == "<5" || rowTotals[i] == truth[i].Sum().ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        for (var j = 0; j < truth[0].Length; j++)
        {
            Assert.True(columnTotals[j] == "<5" || columnTotals[j] == truth.Sum(r => r[j]).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
