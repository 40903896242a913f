using Astra.Workflows.Engine.Time;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Legal.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Astra.Workflows.Modules.Legal.Hearings;

/// <summary>Plans a hearing's alert timers; re-arming deletes every earlier row in the same unit of work, so old alerts never fire.</summary>
public sealed class HearingAlerts(IOptions<LegalOptions> options, TimeProvider time)
{
    public IEnumerable<(string Kind, DateTimeOffset FireAt)> Plan(DateTimeOffset startsAt)
    {
        foreach (var days in options.Value.AlertDays.Distinct().OrderByDescending(d => d))
        {
            yield return (LegalAlertKinds.HearingDays(days), startsAt.AddDays(-days));
        }

        var local = OrganisationTime.ToLocal(startsAt);
        var morning = OrganisationTime.FromLocal(DateOnly.FromDateTime(local.DateTime).ToDateTime(options.Value.MorningOf));
        if (morning < startsAt)
        {
            yield return (LegalAlertKinds.MorningOf, morning);
        }
    }

    public async Task ArmAsync(WorkflowsDbContext db, HearingEntity hearing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(hearing);
        await DisarmAsync(db, hearing.Id, cancellationToken);
        var now = time.GetUtcNow();
        foreach (var (kind, fireAt) in Plan(hearing.StartsAt).Where(a => a.FireAt > now))
        {
            db.LegalAlertTimers.Add(new LegalAlertTimerEntity
            {
                Id = Guid.CreateVersion7(now),
                HearingId = hearing.Id,
                Revision = hearing.Revision,
                Kind = kind,
                FireAt = fireAt,
                CreatedAt = now,
            });
        }
    }

    public static Task DisarmAsync(WorkflowsDbContext db, Guid hearingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.LegalAlertTimers.Where(t => t.HearingId == hearingId).ExecuteDeleteAsync(cancellationToken);
    }
}
