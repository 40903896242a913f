using Astra.Workflows.Modules.Legal.Contracts;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Legal.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Legal.Deadlines;

/// <summary>The kinds table: everyone reads it; Admins add and edit kinds, since the lawyers must confirm the days.</summary>
internal static class DeadlineKindEndpoints
{
    public static RouteGroupBuilder MapDeadlineKinds(this RouteGroupBuilder api)
    {
        api.MapGet("/legal-deadline-kinds", ListAsync).WithTags("Deadlines").WithName("ListLegalDeadlineKinds")
            .WithSummary("List deadline kinds")
            .WithDescription("The kinds of legal deadline with their names in English, Serbian Latin and Cyrillic, their default period in days and whether they are hard.");
        api.MapPut("/legal-deadline-kinds/{key}", UpdateAsync).RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .WithTags("Deadlines").WithName("UpdateLegalDeadlineKind")
            .WithSummary("Add or change a deadline kind")
            .WithDescription("Adds a deadline kind or changes its names, period or hardness. The English and Serbian Latin names are required; the Cyrillic one, left out, is transliterated from the Latin. Admins only, since the lawyers must confirm the days.");
        return api;
    }

    private static async Task<Ok<List<DeadlineKindResponse>>> ListAsync(WorkflowsDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        await LegalDeadlineKinds.EnsureAsync(db, cancellationToken);
        var language = ReaderLanguage.Of(http);
        var kinds = await db.LegalDeadlineKinds.AsNoTracking().OrderBy(k => k.Key).ToListAsync(cancellationToken);
        return TypedResults.Ok(kinds.Select(k => Response(k, language)).ToList());
    }

    private static async Task<Results<Ok<DeadlineKindResponse>, ValidationProblem>> UpdateAsync(
        string key, UpdateDeadlineKindRequest request, WorkflowsDbContext db, HttpContext http, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (key.Length is 0 or > 64 || !key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            errors["key"] = ["Lower-case letters, digits and hyphens, at most 64."];
        }

        CheckLabel(request.LabelEn, "labelEn", required: true, errors);
        CheckLabel(request.LabelSrLatn, "labelSrLatn", required: true, errors);
        CheckLabel(request.LabelSrCyrl, "labelSrCyrl", required: false, errors);
        if (request.Days is not (>= 1 and <= 366))
        {
            errors["days"] = ["Between 1 and 366 calendar days."];
        }

        if (request.Hard is null)
        {
            errors["hard"] = ["Say whether the deadline is hard."];
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        await LegalDeadlineKinds.EnsureAsync(db, cancellationToken);
        var kind = await db.LegalDeadlineKinds.FirstOrDefaultAsync(k => k.Key == key, cancellationToken);
        var added = kind is null;
        if (kind is null)
        {
            kind = new LegalDeadlineKindEntity { Key = key };
            db.LegalDeadlineKinds.Add(kind);
        }

        kind.Label = request.LabelEn!.Trim();
        kind.LabelSrLatn = request.LabelSrLatn!.Trim();
        kind.LabelSrCyrl = request.LabelSrCyrl?.Trim();
        kind.Days = request.Days!.Value;
        kind.Hard = request.Hard!.Value;
        // The change and its audit row commit together: an unaudited catalogue change is never stored.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await db.AuditAsync(http, time, new AuditedAct(AuditActions.DeadlineKindChange, "legal_deadline_kind", key, null, null, AuditOutcomes.Ok, added ? "added" : "changed"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(Response(kind, ReaderLanguage.Of(http)));
    }

    private static DeadlineKindResponse Response(LegalDeadlineKindEntity kind, string language)
    {
        var labels = DeadlineKindLabels.Of(kind);
        return new DeadlineKindResponse(kind.Key, labels.In(language), kind.Days, kind.Hard,
            new DeadlineKindLabelsResponse(labels.En, labels.SrLatn, labels.SrCyrl, labels.SrCyrlDerived));
    }

    /// <summary>A label goes into pages, iCalendar summaries and reports: one line, no control characters.</summary>
    private static void CheckLabel(string? label, string field, bool required, Dictionary<string, string[]> errors)
    {
        if (label is null)
        {
            if (required)
            {
                errors[field] = ["Required, at most 200 characters."];
            }

            return;
        }

        if (string.IsNullOrWhiteSpace(label) || label.Length > 200)
        {
            errors[field] = [required ? "Required, at most 200 characters." : "Leave it out to derive it from the Serbian Latin, or give at most 200 characters."];
        }
        else if (label.Any(char.IsControl))
        {
            errors[field] = ["One line of text, without control characters."];
        }
    }
}
