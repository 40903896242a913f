using Astra.Workflows.Engine.Time;
using Astra.Workflows.Modules.Legal.Hearings;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Legal.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Astra.Workflows.Modules.Legal.Deadlines;

/// <summary>
/// Hard deadlines escalate at D-3 (lawyers, lead, coordinators) and D-1 (director), at the configured morning time in
/// Belgrade. A step already past when the deadline is created fires at once, as long as the deadline itself is not over.
/// Every deadline also gets a row at the end of its last day that marks it missed if still open.
/// </summary>
public sealed class DeadlineEscalations(IOptions<LegalOptions> options, TimeProvider time)
{
    public void Arm(WorkflowsDbContext db, LegalDeadlineEntity deadline)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(deadline);
        var now = time.GetUtcNow();
        var end = OrganisationTime.EndOfDay(deadline.DueOn);
        if (end <= now)
        {
            return;
        }

        // Every deadline is marked missed when its last day ends open (and legal.deadline continues on Missed).
        Add(db, deadline.Id, LegalAlertKinds.DeadlineMissed, end, now);
        if (!deadline.Hard)
        {
            return;
        }

        foreach (var (kind, days) in new[] { (LegalAlertKinds.DeadlineD3, 3), (LegalAlertKinds.DeadlineD1, 1) })
        {
            var fireAt = OrganisationTime.FromLocal(deadline.DueOn.AddDays(-days).ToDateTime(options.Value.EscalationTime));
            Add(db, deadline.Id, kind, fireAt < now ? now : fireAt, now);
        }
    }

    private static void Add(WorkflowsDbContext db, Guid deadlineId, string kind, DateTimeOffset fireAt, DateTimeOffset now) =>
        db.LegalAlertTimers.Add(new LegalAlertTimerEntity
        {
            Id = Guid.CreateVersion7(now),
            DeadlineId = deadlineId,
            Kind = kind,
            FireAt = fireAt,
            CreatedAt = now,
        });

    public static Task DisarmAsync(WorkflowsDbContext db, Guid deadlineId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.LegalAlertTimers.Where(t => t.DeadlineId == deadlineId).ExecuteDeleteAsync(cancellationToken);
    }
}
