using System.Globalization;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Platform.Problems;
using Astra.Workflows.Modules.Reports.Contracts;
using Astra.Workflows.Modules.Reports.Exports;
using Astra.Workflows.Modules.Reports.Profile;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Astra.Workflows.Modules.Reports.Engine;

/// <summary><c>GET /api/reports</c> and <c>GET /api/reports/{key}</c>: anonymous aggregates, each read audited with its period.</summary>
internal static class ReportEndpoints
{
    /// <summary>Who reads reports: the donor liaison, the Director and administrators.</summary>
    public static readonly string[] Readers = [Roles.Reporting, Roles.Director, Roles.Admin];

    public static RouteGroupBuilder MapReportEndpoints(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports").WithTags("Reports")
            .RequireAuthorization(p => p.RequireRole(Readers))
            .AllowReporting();
        reports.MapGet(string.Empty, List).WithName("ListReports")
            .WithSummary("List the reports")
            .WithDescription("Every report's key and title, in `lang` (en, sr-Latn, sr-Cyrl), else the user's language.");
        reports.MapGet("/{key}", GetAsync).WithName("GetReport")
            .WithSummary("Run a report for a period")
            .WithDescription("Counts for the days `from`..`to` (both included). Counts from 1 to k−1, and whatever would let them be derived from the totals, are the string \"<k\". `format=xlsx|csv` downloads it with the period, k and the generation time on the sheet.")
            .Produces<ReportResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static Results<Ok<List<ReportSummary>>, ValidationProblem> List(ReportRunner runner, HttpContext http, string? lang)
    {
        if (!ReportLanguage.IsValid(lang))
        {
            return ApiProblems.Invalid("lang", "lang is one of en, sr-Latn, sr-Cyrl.");
        }

        var language = ReportLanguage.Of(http, lang);
        return TypedResults.Ok(runner.All.Select(r => new ReportSummary(r.Key, r.Title.In(language), r.Description?.In(language))).ToList());
    }

    private static async Task<Results<Ok<ReportResponse>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetAsync(
        string key,
        DateOnly? from,
        DateOnly? to,
        string? format,
        string? lang,
        ReportRunner runner,
        WorkflowsDbContext db,
        HttpContext http,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var report = runner.Find(key);
        if (report is null)
        {
            return ApiProblems.NotFound($"There is no report '{key}'.");
        }

        var errors = PeriodErrors(from, to);
        if (format is not null and not ("json" or "xlsx" or "csv"))
        {
            errors["format"] = ["format is one of json, xlsx, csv."];
        }

        if (!ReportLanguage.IsValid(lang))
        {
            errors["lang"] = ["lang is one of en, sr-Latn, sr-Cyrl."];
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        var language = ReportLanguage.Of(http, lang);
        var period = new ReportPeriod(from!.Value, to!.Value);
        var answer = await runner.RunAsync(report, period, language, cancellationToken);
        await AuditAsync(db, http, time, report.Key, period, format ?? "json", cancellationToken);
        if (format is "xlsx" or "csv")
        {
            var lines = ReportSheet.Lines(answer, time.GetUtcNow(), ExportTexts.In(language));
            var name = string.Create(CultureInfo.InvariantCulture, $"{report.Key}_{period.From:yyyy-MM-dd}_{period.To:yyyy-MM-dd}.{format}");
            return format == "xlsx"
                ? TypedResults.File(SheetWriter.Xlsx(lines, SheetName(report.Key)), SheetWriter.XlsxType, name)
                : TypedResults.File(SheetWriter.Csv(lines), SheetWriter.CsvType, name);
        }

        return TypedResults.Ok(answer);
    }

    // Reports count months and days over the period: year 0001..9999 was 120 000 month columns and an overflow (500).
    private static readonly DateOnly EarliestDay = new(1990, 1, 1);
    private static readonly DateOnly LatestDay = new(2100, 12, 31);
    private static readonly string OutOfRange = string.Create(CultureInfo.InvariantCulture, $"A day from {EarliestDay:yyyy-MM-dd} to {LatestDay:yyyy-MM-dd}.");

    /// <summary>Both days are required, in order, and within the years a report can cover.</summary>
    public static Dictionary<string, string[]> PeriodErrors(DateOnly? from, DateOnly? to)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (from is null)
        {
            errors["from"] = ["from is required (yyyy-mm-dd, the first day of the period)."];
        }
        else if (from < EarliestDay || from > LatestDay)
        {
            errors["from"] = [OutOfRange];
        }

        if (to is null)
        {
            errors["to"] = ["to is required (yyyy-mm-dd, the last day of the period)."];
        }
        else if (to < EarliestDay || to > LatestDay)
        {
            errors["to"] = [OutOfRange];
        }
        else if (from is not null && to < from)
        {
            errors["to"] = ["to must not be before from."];
        }

        return errors;
    }

    /// <summary>Which report and which period were read is recorded; the answer holds no case, so none is named.</summary>
    public static async Task AuditAsync(WorkflowsDbContext db, HttpContext http, TimeProvider time, string key, ReportPeriod period, string format, CancellationToken cancellationToken)
    {
        var action = format == "json" ? ReportAuditActions.ReportRead : ReportAuditActions.ReportExport;
        var span = string.Create(CultureInfo.InvariantCulture, $"{period.From:yyyy-MM-dd}..{period.To:yyyy-MM-dd} {format}");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.AuditAsync(http, time, new AuditedAct(action, "report", key, null, null, AuditOutcomes.Ok, span), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    // Excel limits sheet names to 31 characters.
    private static string SheetName(string key) => key.Length <= 31 ? key : key[..31];
}
