namespace Astra.Workflows.Modules.Tasks.Contracts;

/// <summary>An open task as a case page shows it.</summary>
public sealed record OpenTaskOfCase(Guid Id, string Title, string TaskType, string? Role, Guid? AssigneeId, string Status, DateTimeOffset? DueAt, int EscalationLevel);

/// <summary>An open task as the instance viewer shows it on the activity it waits at.</summary>
public sealed record OpenTaskOfInstance(Guid Id, string BookmarkKey, string Title, DateTimeOffset? DueAt);

/// <summary>A case's open-task figures for the case list.</summary>
public sealed record OpenTaskFigures(int Open, int Overdue, DateTimeOffset? NextDueAt);

/// <summary>
/// What other modules may read of tasks. Reads go through the request's context, so its need-to-know filter applies
/// as it does to the caller's own queries.
/// </summary>
public interface ITaskReads
{
    /// <summary>The case's open tasks, soonest due first, then highest priority.</summary>
    Task<List<OpenTaskOfCase>> OpenOfCaseAsync(Guid caseId, CancellationToken cancellationToken);

    /// <summary>The instance's open tasks.</summary>
    Task<List<OpenTaskOfInstance>> OpenOfInstanceAsync(Guid instanceId, CancellationToken cancellationToken);

    /// <summary>Open-task figures of these cases in one query; a case without open tasks is absent.</summary>
    /// <summary>Ids of the cases with an open task past its due time, as a query the caller composes into its own (one SQL statement).</summary>
    IQueryable<Guid> CasesWithOverdueTasks(DateTimeOffset now);

    Task<Dictionary<Guid, OpenTaskFigures>> FiguresOfCasesAsync(IReadOnlyCollection<Guid> caseIds, DateTimeOffset now, CancellationToken cancellationToken);
}
