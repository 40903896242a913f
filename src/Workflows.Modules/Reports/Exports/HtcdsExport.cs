using System.Globalization;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Platform.Problems;
using Astra.Workflows.Modules.Reports.Contracts;
using Astra.Workflows.Modules.Reports.Engine;
using Astra.Workflows.Modules.Reports.Profile;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Reports.Exports;

/// <summary>
/// <c>GET /api/reports/htcds/cases</c>: one line per person counted in the period, in HTCDS field names, k-anonymised
/// over (sex, age group, citizenship, exploitation, year) by <see cref="KAnonymiser"/>; for sharing with IOM/CTDC.
/// No case id, code or date finer than the year leaves.
/// </summary>
internal static class HtcdsExport
{
    public const string Key = "htcds-cases";

    public static readonly string[] Header =
        [HtcdsMapping.YearOfRegistration, HtcdsMapping.Gender, "ageBroad", HtcdsMapping.MajorityStatus, HtcdsMapping.Citizenship, HtcdsMapping.TypeOfExploit];

    public static RouteGroupBuilder MapHtcdsExport(this RouteGroupBuilder api)
    {
        api.MapGet("/reports/htcds/cases", GetAsync).WithTags("Reports").WithName("ExportHtcdsCases")
            .RequireAuthorization(p => p.RequireRole(ReportEndpoints.Readers))
            .AllowReporting()
            .WithSummary("Anonymised case-level export in HTCDS fields")
            .WithDescription("One line per person counted in `from`..`to`, in HTCDS field names; every combination of sex, age group, citizenship, exploitation and year appears at least k times (generalised, then suppressed, until it does). `format=csv` (default) or `xlsx` (with a sheet saying what was generalised).")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: SheetWriter.XlsxType);
        return api;
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> GetAsync(
        DateOnly? from,
        DateOnly? to,
        string? format,
        ReportRunner runner,
        IDbContextFactory<WorkflowsDbContext> contexts,
        WorkflowsDbContext db,
        HttpContext http,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var errors = ReportEndpoints.PeriodErrors(from, to);
        if (format is not null and not ("csv" or "xlsx"))
        {
            errors["format"] = ["format is one of csv, xlsx."];
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        var period = new ReportPeriod(from!.Value, to!.Value);
        List<PersonCodes> people;
        await using (var system = await contexts.CreateDbContextAsync(cancellationToken))
        {
            people = (await system.CaseProfiles.AsNoTracking()
                    .Where(p => p.CountedOn >= period.From && p.CountedOn <= period.To)
                    .Select(p => new { p.Sex, p.AgeGroup, p.Citizenship, p.Exploitation, p.CountedOn })
                    .ToListAsync(cancellationToken))
                .Select(p => new PersonCodes(p.Sex, p.AgeGroup, p.Citizenship, p.Exploitation, p.CountedOn.Year)).ToList();
        }

        var k = runner.K;
        var result = KAnonymiser.Apply(people, k);
        var lines = new List<List<object>> { Header.Cast<object>().ToList() };
        // Sorted by value, so the order of the lines says nothing about the order cases were opened in.
        lines.AddRange(result.Rows.Select(Line).OrderBy(l => string.Join('|', l), StringComparer.Ordinal));
        await ReportEndpoints.AuditAsync(db, http, time, Key, period, format ?? "csv", cancellationToken);
        var name = string.Create(CultureInfo.InvariantCulture, $"{Key}_{period.From:yyyy-MM-dd}_{period.To:yyyy-MM-dd}.{format ?? "csv"}");
        if (format == "xlsx")
        {
            var about = new List<List<object>>
            {
                new() { "HTCDS case-level export (k-anonymised)" },
                new() { "Period", $"{period.From:yyyy-MM-dd} – {period.To:yyyy-MM-dd}" },
                new() { "k", k },
                new() { "Generated", Engine.ReportTimes.Local(time.GetUtcNow()) },
                new() { "Generalised", result.Steps.Count == 0 ? "nothing" : string.Join("; ", result.Steps) },
                new() { "People left out", result.Suppressed },
            };
            return TypedResults.File(SheetWriter.XlsxSheets([("cases", lines), ("about", about)]), SheetWriter.XlsxType, name);
        }

        return TypedResults.File(SheetWriter.Csv(lines), SheetWriter.CsvType, name);
    }

    private static List<object> Line(QuasiIdentifiers q)
    {
        var exploitation = q.Exploitation is ProfileCodes.Unknown or KAnonymiser.Hidden
            ? string.Empty
            : string.Join(';', q.Exploitation.Split('+').Select(code => HtcdsMapping.Value("exploitation", code, HtcdsMapping.TypeOfExploit) ?? Group(code)).Distinct().Order(StringComparer.Ordinal));
        var majority = q.Age switch
        {
            "minor" => "Minor",
            "adult" => "Adult",
            _ => HtcdsMapping.Value("ageGroup", q.Age, HtcdsMapping.MajorityStatus) ?? string.Empty,
        };
        return
        [
            q.Year,
            q.Sex == KAnonymiser.Hidden ? string.Empty : HtcdsMapping.Value("sex", q.Sex, HtcdsMapping.Gender) ?? string.Empty,
            q.Age is "minor" or "adult" or ProfileCodes.Unknown ? string.Empty : q.Age,
            majority,
            q.Citizenship == ProfileCodes.Unknown ? string.Empty : q.Citizenship,
            exploitation,
        ];
    }

    // The exploitation groups of the generalisation step, in HTCDS words.
    private static string Group(string group) => group switch
    {
        "sexual" => "Sexual exploitation",
        "labour" => "Forced labour",
        _ => "Other",
    };
}
