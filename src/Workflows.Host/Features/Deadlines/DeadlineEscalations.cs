using Astra.Workflows.Engine.Time;
using Astra.Workflows.Host.Features.Hearings;
using Astra.Workflows.Persistence;
using Astra.Workflows.Persistence.Legal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Astra.Workflows.Host.Features.Deadlines;

/// <summary>
/// Hard deadlines escalate at D-3 (lawyers, lead, coordinators) and D-1 (director), at the configured morning time in
/// Belgrade. A step already past when the deadline is created fires at once, as long as the deadline itself is not over.
/// </summary>
public sealed class DeadlineEscalations(IOptions<LegalOptions> options, TimeProvider time)
{
    public void Arm(WorkflowsDbContext db, LegalDeadlineEntity deadline)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(deadline);
        if (!deadline.Hard)
        {
            return;
        }

        var now = time.GetUtcNow();
        if (OrganisationTime.EndOfDay(deadline.DueOn) <= now)
        {
            return;
        }

        foreach (var (kind, days) in new[] { (LegalAlertKinds.DeadlineD3, 3), (LegalAlertKinds.DeadlineD1, 1) })
        {
            var fireAt = OrganisationTime.FromLocal(deadline.DueOn.AddDays(-days).ToDateTime(options.Value.EscalationTime));
            db.LegalAlertTimers.Add(new LegalAlertTimerEntity
            {
                Id = Guid.CreateVersion7(now),
                DeadlineId = deadline.Id,
                Kind = kind,
                FireAt = fireAt < now ? now : fireAt,
                CreatedAt = now,
            });
        }
    }

    public static Task DisarmAsync(WorkflowsDbContext db, Guid deadlineId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.LegalAlertTimers.Where(t => t.DeadlineId == deadlineId).ExecuteDeleteAsync(cancellationToken);
    }
}
