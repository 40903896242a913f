using Astra.Workflows.Modules.Legal.Proceedings;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Legal.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Legal.Deadlines;

/// <summary>The kinds table: everyone reads it; Admins edit it, since the lawyers must confirm the days.</summary>
internal static class DeadlineKindEndpoints
{
    public static RouteGroupBuilder MapDeadlineKinds(this RouteGroupBuilder api)
    {
        api.MapGet("/legal-deadline-kinds", ListAsync).WithTags("Deadlines").WithName("ListLegalDeadlineKinds")
            .WithSummary("List deadline kinds")
            .WithDescription("The kinds of legal deadline with their default period in days and whether they are hard.");
        api.MapPut("/legal-deadline-kinds/{key}", UpdateAsync).RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .WithTags("Deadlines").WithName("UpdateLegalDeadlineKind")
            .WithSummary("Change a deadline kind")
            .WithDescription("Changes a deadline kind's label, period or hardness. Admins only, since the lawyers must confirm the days.");
        return api;
    }

    private static async Task<Ok<List<DeadlineKindResponse>>> ListAsync(WorkflowsDbContext db, CancellationToken cancellationToken)
    {
        await LegalDeadlineKinds.EnsureAsync(db, cancellationToken);
        var kinds = await db.LegalDeadlineKinds.AsNoTracking().OrderBy(k => k.Key)
            .Select(k => new DeadlineKindResponse(k.Key, k.Label, k.Days, k.Hard)).ToListAsync(cancellationToken);
        return TypedResults.Ok(kinds);
    }

    private static async Task<Results<Ok<DeadlineKindResponse>, ValidationProblem>> UpdateAsync(
        string key, UpdateDeadlineKindRequest request, WorkflowsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (key.Length is 0 or > 64 || !key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            errors["key"] = ["Lower-case letters, digits and hyphens, at most 64."];
        }

        if (string.IsNullOrWhiteSpace(request.Label) || request.Label.Length > 200)
        {
            errors["label"] = ["A label of at most 200 characters is required."];
        }

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
        if (kind is null)
        {
            kind = new LegalDeadlineKindEntity { Key = key };
            db.LegalDeadlineKinds.Add(kind);
        }

        kind.Label = request.Label!.Trim();
        kind.Days = request.Days!.Value;
        kind.Hard = request.Hard!.Value;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new DeadlineKindResponse(kind.Key, kind.Label, kind.Days, kind.Hard));
    }
}
