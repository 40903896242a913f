using Astra.Workflows.Modules.Tasks.Contracts;
using Astra.Workflows.Modules.Platform.Bursts;
using Astra.Workflows.Modules.Tasks.Activities;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Tasks.Storage;

/// <summary>
/// Marks the task completed in the burst's transaction, only while it is open and still at the revision the user saw;
/// otherwise it vetoes the burst (workflow resume included): running it again would meet the same moved-on row.
/// </summary>
public sealed class HumanTaskCompletedHandler : SideEffectHandler<HumanTaskCompleted>
{
    protected override async ValueTask<BurstVeto?> WriteAsync(BurstWrite write, HumanTaskCompleted completed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(completed);
        var data = completed.Data.GetRawText();
        var updated = await write.Db.Tasks
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
        return updated == 0
            ? new BurstVeto($"Task {completed.TaskId} is no longer open at revision {completed.ExpectedRevision}.")
            : null;
    }
}
