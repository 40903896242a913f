using Astra.Workflows.Modules.Tasks.Contracts;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Modules.Platform.Bursts;
using Astra.Workflows.Modules.Tasks.Activities;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Tasks.Storage;

/// <summary>
/// Closes task rows in the burst's transaction once its rows are saved. A task whose bookmark this burst consumed
/// other than by completing it (instance cancelled, a join in any mode) is cancelled; completions were written by
/// <see cref="HumanTaskCompletedHandler"/>. Closing a task drops its pending escalations.
/// </summary>
public sealed class TaskClosingStep : IBurstTransactionStep
{
    public async Task<bool> ApplyAsync(WorkflowsDbContext db, BurstResult burst, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(burst);
        var closed = burst.SideEffects.OfType<HumanTaskCompleted>().Select(c => c.TaskId).ToList();
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
