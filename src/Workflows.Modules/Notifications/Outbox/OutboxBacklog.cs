using Astra.Workflows.Modules.Notifications.Storage;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Observability;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Notifications.Outbox;

/// <summary>E-mails still to send and e-mails given up on, for the backlog gauges (the status index answers both).</summary>
internal sealed class OutboxBacklog : IBacklogCounter
{
    public async Task<IReadOnlyList<BacklogCount>> CountAsync(WorkflowsDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pending = await db.Outbox.CountAsync(o => o.Status == OutboxStatus.Pending, cancellationToken);
        var dead = await db.Outbox.CountAsync(o => o.Status == OutboxStatus.DeadLetter, cancellationToken);
        return [new BacklogCount(BacklogGauges.OutboxPending, null, pending), new BacklogCount(BacklogGauges.OutboxDead, null, dead)];
    }
}
