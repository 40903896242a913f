using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Modules.Tasks.Activities;
using Astra.Workflows.Modules.Notifications.Contracts;
using Astra.Workflows.Modules.Tasks.Notices;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Bursts;

namespace Astra.Workflows.Modules.Tasks.Escalations;

/// <summary>A task created with an assignee notifies them in the burst that creates it, like any other assignment.</summary>
internal sealed class AssignedAtCreationStep(TaskNotifier notifier) : IBurstTransactionStep
{
    public bool AppliesTo(BurstResult burst) => burst?.SideEffects.Any(e => e is HumanTaskCreated { AssigneeId: not null }) == true;

    public async Task<bool> ApplyAsync(WorkflowsDbContext db, BurstResult burst, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(burst);
        var assigned = burst.SideEffects.OfType<HumanTaskCreated>().Where(t => t.AssigneeId is not null).ToList();
        if (assigned.Count == 0)
        {
            return true;
        }

        foreach (var created in assigned)
        {
            var task = await db.Tasks.FindAsync([created.TaskId], cancellationToken);
            if (task is not null)
            {
                await notifier.AddAsync(db, task, [created.AssigneeId!.Value], NotificationKinds.Assigned, cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
