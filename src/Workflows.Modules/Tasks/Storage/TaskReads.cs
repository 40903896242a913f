using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Tasks.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Tasks.Storage;

/// <summary>Tasks' read surface for other modules, over the scoped (request's) context.</summary>
internal sealed class TaskReads(WorkflowsDbContext db) : ITaskReads
{
    public Task<List<OpenTaskOfCase>> OpenOfCaseAsync(Guid caseId, CancellationToken cancellationToken) =>
        db.Tasks.AsNoTracking()
            .Where(t => t.CaseId == caseId && t.Status == TaskStatuses.Open)
            .OrderBy(t => t.DueSort).ThenByDescending(t => t.Priority).ThenBy(t => t.Id)
            .Select(t => new OpenTaskOfCase(t.Id, t.Title, t.TaskType, t.Role, t.AssigneeId, t.Status, t.DueAt, t.EscalationLevel))
            .ToListAsync(cancellationToken);

    public Task<List<OpenTaskOfInstance>> OpenOfInstanceAsync(Guid instanceId, CancellationToken cancellationToken) =>
        db.Tasks.AsNoTracking()
            .Where(t => t.InstanceId == instanceId && t.Status == TaskStatuses.Open)
            .Select(t => new OpenTaskOfInstance(t.Id, t.BookmarkKey, t.Title, t.DueAt))
            .ToListAsync(cancellationToken);

    public IQueryable<Guid> CasesWithOverdueTasks(DateTimeOffset now) =>
        db.Tasks.AsNoTracking()
            .Where(t => t.Status == TaskStatuses.Open && t.DueAt != null && t.DueAt <= now && t.CaseId != null)
            .Select(t => t.CaseId!.Value);

    public async Task<Dictionary<Guid, OpenTaskFigures>> FiguresOfCasesAsync(IReadOnlyCollection<Guid> caseIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caseIds);
        if (caseIds.Count == 0)
        {
            return [];
        }

        var ids = caseIds.ToList();
        var rows = await db.Tasks.AsNoTracking()
            .Where(t => t.CaseId != null && ids.Contains(t.CaseId.Value) && t.Status == TaskStatuses.Open)
            .GroupBy(t => t.CaseId!.Value)
            .Select(g => new
            {
                CaseId = g.Key,
                Open = g.Count(),
                Overdue = g.Count(t => t.DueAt != null && t.DueAt <= now),
                NextDueAt = g.Min(t => t.DueAt),
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.CaseId, r => new OpenTaskFigures(r.Open, r.Overdue, r.NextDueAt));
    }
}
