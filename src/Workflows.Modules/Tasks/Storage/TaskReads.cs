using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Tasks.Contracts;
using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Tasks.Activities;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Tasks.Storage;

/// <summary>Tasks' read surface for other modules, over the scoped (request's) context.</summary>
// Titles are in the language of the request being answered (none outside a request: English).
internal sealed class TaskReads(WorkflowsDbContext db, IHttpContextAccessor? http = null) : ITaskReads
{
    private string Language => http?.HttpContext is { } context ? ReaderLanguage.Of(context) : DefinitionTexts.English;

    public async Task<List<OpenTaskOfCase>> OpenOfCaseAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var rows = await db.Tasks.AsNoTracking()
            .Where(t => t.CaseId == caseId && t.Status == TaskStatuses.Open)
            .OrderBy(t => t.DueSort).ThenByDescending(t => t.Priority).ThenBy(t => t.Id)
            .Select(t => new { t.Id, t.Title, t.Texts, t.TaskType, t.Role, t.AssigneeId, t.Status, t.DueAt, t.EscalationLevel })
            .ToListAsync(cancellationToken);
        var language = Language;
        return rows.Select(t => new OpenTaskOfCase(t.Id, TaskTexts.Parse(t.Texts).Title(language, t.Title), t.TaskType, t.Role, t.AssigneeId, t.Status, t.DueAt, t.EscalationLevel)).ToList();
    }

    public async Task<List<OpenTaskOfInstance>> OpenOfInstanceAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var rows = await db.Tasks.AsNoTracking()
            .Where(t => t.InstanceId == instanceId && t.Status == TaskStatuses.Open)
            .Select(t => new { t.Id, t.BookmarkKey, t.Title, t.Texts, t.DueAt })
            .ToListAsync(cancellationToken);
        var language = Language;
        return rows.Select(t => new OpenTaskOfInstance(t.Id, t.BookmarkKey, TaskTexts.Parse(t.Texts).Title(language, t.Title), t.DueAt)).ToList();
    }

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
