using Astra.Workflows.Modules.Tasks.Contracts;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Engine.Tasks;
using Astra.Workflows.Modules.Definitions.InstanceStorage;
using Astra.Workflows.Modules.Platform.Bursts;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Tasks.Storage;

/// <summary>
/// Closes task rows in the burst's transaction. A completion is applied only while the task is open and still at the
/// revision the user saw (otherwise the whole burst, workflow resume included, rolls back as a conflict). A task
/// whose bookmark this burst consumed any other way (instance cancelled, a join in any mode) is cancelled.
/// Closing a task drops its pending escalations.
/// </summary>
public sealed class TaskClosingStep : IBurstTransactionStep, ISideEffectWriter
{
    public bool CanWrite(ActivitySideEffect effect) => effect is HumanTaskCompleted;

    // The row is updated in ApplyAsync, where the revision check can veto the commit.
    public void Write(WorkflowsDbContext db, ActivitySideEffect effect, DateTimeOffset now)
    {
    }

    public async Task<bool> ApplyAsync(WorkflowsDbContext db, BurstResult burst, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(burst);
        var closed = new List<Guid>();
        foreach (var completed in burst.SideEffects.OfType<HumanTaskCompleted>())
        {
            var data = completed.Data.GetRawText();
            var updated = await db.Tasks
                .Where(t => t.Id == completed.TaskId && t.Status == TaskStatuses.Open
                    && (completed.ExpectedRevision < 0 || t.Revision == completed.ExpectedRevision))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(t => t.Status, TaskStatuses.Completed)
                    .SetProperty(t => t.Outcome, completed.Outcome)
                    .SetProperty(t => t.Data, data)
                    .SetProperty(t => t.CompletedAt, completed.CompletedAt)
                    .SetProperty(t => t.CompletedBy, completed.CompletedBy)
                    .SetProperty(t => t.AssigneeId, t => completed.CompletedBy ?? t.AssigneeId)
                    .SetProperty(t => t.Revision, t => t.Revision + 1), cancellationToken);
            if (updated == 0)
            {
                return false;
            }

            closed.Add(completed.TaskId);
        }

        if (burst.BookmarksConsumed.Count > 0)
        {
            var consumed = burst.BookmarksConsumed.ToList();
            var cancelled = await db.Tasks.Where(t => t.BookmarkId != null && consumed.Contains(t.BookmarkId) && t.Status == TaskStatuses.Open)
                .Select(t => t.Id).ToListAsync(cancellationToken);
            if (cancelled.Count > 0)
            {
                await db.Tasks.Where(t => cancelled.Contains(t.Id) && t.Status == TaskStatuses.Open).ExecuteUpdateAsync(s => s
                    .SetProperty(t => t.Status, TaskStatuses.Cancelled)
                    .SetProperty(t => t.CompletedAt, now)
                    .SetProperty(t => t.Revision, t => t.Revision + 1), cancellationToken);
                closed.AddRange(cancelled);
            }
        }

        if (closed.Count > 0)
        {
            await db.TaskEscalationTimers.Where(e => closed.Contains(e.TaskId)).ExecuteDeleteAsync(cancellationToken);
        }

        return true;
    }
}
