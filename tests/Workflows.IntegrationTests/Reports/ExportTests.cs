using System.Globalization;
using System.Net;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;
using MiniExcelLibs;
using static Astra.Workflows.IntegrationTests.Reports.ReportSteps;

namespace Astra.Workflows.IntegrationTests.Reports;

public sealed class ExportTests(AstraApiFactory factory) : ApiTest(factory)
{
    private static readonly string[] Sexes = ["female", "male", "other", "unknown"];
    private static readonly string[] Ages = ["0-13", "14-17", "18-24", "25-34", "35-49", "50+", "unknown"];
    private static readonly string[] Countries = ["RS", "RS", "RS", "UA", "NG", "AL", "BA", "MK", "CN", null!];
    private static readonly string[][] Exploitations = [["sexual"], ["labour"], ["sexual"], ["begging"], ["labour", "sexual"], ["forcedMarriage"], [], ["criminality"], ["domesticServitude"]];

    /// <summary>People spread thinly over many combinations, as ASTRA's real numbers are, over three years.</summary>
    private async Task SeedSpreadAsync(int count)
    {
        var random = new Random(17);
        await SeedProfilesAsync(Factory, count, i =>
        {
            var person = Person(
                Sexes[random.Next(10) < 7 ? 0 : random.Next(Sexes.Length)],
                random.Next(3) == 0 ? "potential" : "formallyIdentified",
                new DateOnly(2023 + random.Next(3), 1 + random.Next(12), 1 + random.Next(28)),
                Ages[random.Next(Ages.Length)],
                Countries[random.Next(Countries.Length)],
                Exploitations[random.Next(Exploitations.Length)]);
            return person;
        });
    }

    [Fact]
    public async Task The_xlsx_export_opens_with_a_reader_and_its_numbers_equal_the_apis()
    {
        await SeedSpreadAsync(120);
        var reporting = await Factory.ClientForAsync(Reporting);
        var api = await ReportAsync(reporting, "victims-by-age-group", "2023-01-01", "2025-12-31");

        var response = await reporting.GetAsync("/api/reports/victims-by-age-group?from=2023-01-01&to=2025-12-31&format=xlsx&lang=en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("victims-by-age-group_2023-01-01_2025-12-31.xlsx", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var sheet = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().Select(r => r.Values.ToList()).ToList();
        Assert.Equal(api.GetProperty("title").GetString(), sheet[0][0]);
        Assert.Equal("2023-01-01 – 2025-12-31", sheet[1][1]);
        Assert.Equal(5d, Convert.ToDouble(sheet[2][1], CultureInfo.InvariantCulture));
        Assert.StartsWith(Today(), sheet[3][1]!.ToString(), StringComparison.Ordinal);
        Assert.Equal(api.GetProperty("columns").EnumerateArray().Select(c => c.GetString()), sheet[5].Skip(1).Take(2).Select(c => c?.ToString()));
        var rows = api.GetProperty("rows").EnumerateArray().ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            var line = sheet[6 + i];
            Assert.Equal(rows[i].GetProperty("label").GetString(), line[0]);
            Assert.Equal(rows[i].GetProperty("cells").EnumerateArray().Select(Cell), line.Skip(1).Take(2).Select(Text));
            Assert.Equal(Cell(api.GetProperty("rowTotals")[i]), Text(line[3]));
        }

        var totals = sheet[6 + rows.Count];
        Assert.Equal(api.GetProperty("columnTotals").EnumerateArray().Select(Cell), totals.Skip(1).Take(2).Select(Text));
        Assert.Equal(Cell(api.GetProperty("total")), Text(totals[3]));
        Assert.Contains(sheet.SelectMany(l => l), c => Equals(c, "<5"));
    }

    [Fact]
    public async Task The_csv_export_has_the_same_numbers()
    {
        await SeedSpreadAsync(60);
        var director = await Factory.ClientForAsync(Director);
        var api = await ReportAsync(director, "victims-by-sex", "2023-01-01", "2025-12-31");

        var response = await director.GetAsync("/api/reports/victims-by-sex?from=2023-01-01&to=2025-12-31&format=csv&lang=en");

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var female = lines.Single(l => l.StartsWith("Female,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(api.GetProperty("rows")[0].GetProperty("cells").EnumerateArray().Select(Cell).Append(Cell(api.GetProperty("rowTotals")[0])), female.Skip(1));
        Assert.Equal($"Total,{string.Join(',', api.GetProperty("columnTotals").EnumerateArray().Select(Cell))},{Cell(api.GetProperty("total"))}", lines[^1]);
        Assert.Single(await Privacy.PrivacyApi.AuditAsync(Factory, "report.export"));
    }

    [Fact]
    public async Task The_htcds_export_has_no_combination_of_quasi_identifiers_below_k()
    {
        await SeedSpreadAsync(300);
        var reporting = await Factory.ClientForAsync(Reporting);

        var response = await reporting.GetAsync("/api/reports/htcds/cases?from=2023-01-01&to=2025-12-31");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();
        Assert.Equal(["yearOfRegistration", "gender", "ageBroad", "majorityStatus", "citizenship", "typeOfExploitConcatenated"], lines[0]);
        var people = lines.Skip(1).ToList();
        // Most people are kept: generalisation comes before leaving anyone out.
        Assert.True(people.Count >= 270, $"{people.Count} of 300 kept");
        var combinations = people.GroupBy(l => string.Join('|', l)).ToList();
        Assert.All(combinations, c => Assert.True(c.Count() >= 5, $"{c.Key} appears {c.Count()} times"));
        // No case id or code, and no date finer than a year.
        Assert.All(people, p => Assert.Matches("^[0-9]{4}(-[0-9]{4})?$", p[0]));

        var xlsx = await reporting.GetAsync("/api/reports/htcds/cases?from=2023-01-01&to=2025-12-31&format=xlsx");
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var sheets = MiniExcel.GetSheetNames(stream);
        Assert.Equal(["cases", "about"], sheets);
        var rows = stream.Query(useHeaderRow: true, sheetName: "cases").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(people.Count, rows.Count);
        Assert.All(rows.GroupBy(r => string.Join('|', r.Values)), c => Assert.True(c.Count() >= 5));
    }

    [Fact]
    public async Task The_htcds_export_of_few_people_generalises_or_leaves_them_out_rather_than_publish_a_small_group()
    {
        await SeedProfilesAsync(Factory, 3, _ => Person("male", "formallyIdentified", new DateOnly(2025, 5, 1), "14-17", "NG", "begging"));
        await SeedProfilesAsync(Factory, 6, _ => Person("female", "formallyIdentified", new DateOnly(2025, 6, 1), "25-34", "RS", "sexual"));
        var reporting = await Factory.ClientForAsync(Reporting);

        var csv = await (await reporting.GetAsync("/api/reports/htcds/cases?from=2025-01-01&to=2025-12-31")).Content.ReadAsStringAsync();

        var people = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(6, people.Count);
        Assert.All(people.GroupBy(p => p), g => Assert.True(g.Count() >= 5));
        Assert.DoesNotContain(people, p => p.Contains("NG", StringComparison.Ordinal));
    }

    private string Today() => Astra.Workflows.Engine.Time.OrganisationTime.Today(Factory.Clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Text(object? value) => value switch
    {
        double d => d.ToString(CultureInfo.InvariantCulture),
        null => null,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
