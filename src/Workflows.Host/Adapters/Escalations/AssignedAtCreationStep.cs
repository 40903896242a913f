using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Engine.Tasks;
using Astra.Workflows.Host.Features.Notifications;
using Astra.Workflows.Persistence;
using Astra.Workflows.Persistence.Instances;

namespace Astra.Workflows.Host.Adapters.Escalations;

/// <summary>A task created with an assignee notifies them in the burst that creates it, like any other assignment.</summary>
internal sealed class AssignedAtCreationStep(TaskNotifier notifier) : IBurstTransactionStep
{
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
