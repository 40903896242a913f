namespace Astra.Workflows.Modules.Legal.Contracts;

/// <summary>A hearing of a proceeding, as a case page shows it.</summary>
public sealed record HearingOfCase(Guid Id, DateTimeOffset StartsAt, string Kind, string? Room, string Status);

/// <summary>A legal deadline of a proceeding, as a case page shows it.</summary>
public sealed record DeadlineOfCase(Guid Id, string Kind, DateOnly DueOn, bool Hard, string Status);

/// <summary>A proceeding of a case with its hearings (soonest first) and deadlines (soonest first).</summary>
public sealed record ProceedingOfCase(
    Guid Id,
    string Court,
    string Kind,
    string? CourtCaseNumber,
    string Status,
    IReadOnlyList<HearingOfCase> Hearings,
    IReadOnlyList<DeadlineOfCase> Deadlines);

/// <summary>
/// What other modules may read of legal work. Reads go through the request's context, so its need-to-know filter
/// applies as it does to the caller's own queries.
/// </summary>
public interface ILegalReads
{
    /// <summary>The case's proceedings, oldest first, in three queries whatever their number.</summary>
    Task<List<ProceedingOfCase>> OfCaseAsync(Guid caseId, CancellationToken cancellationToken);
}
