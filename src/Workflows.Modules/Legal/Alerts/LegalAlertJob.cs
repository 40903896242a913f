using Astra.Workflows.Modules.Users.Contracts;
using Astra.Workflows.Modules.Legal.Activities;
using Astra.Workflows.Modules.Legal.Deadlines;
using Astra.Workflows.Modules.Legal.Hearings;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Scheduling;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Legal.Storage;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Legal.Alerts;

/// <summary>
/// Fires one hearing alert or deadline escalation: deletes its row (so it fires once) and, if the hearing is still
/// scheduled at the armed revision or the deadline still open, writes the notifications and e-mails in the same transaction.
/// </summary>
public sealed class LegalAlertJob(IDbContextFactory<WorkflowsDbContext> contexts, LegalNotifier notifier, DeadlineEvents events, SchedulerNode node, TimeProvider time)
{
    /// <summary>The scheduler's job: fires if the row still carries this claim (a stale re-run of a dead node's job does nothing).</summary>
    [AutomaticRetry(Attempts = 5)]
    public async Task<string> FireAsync(Guid alertId, DateTimeOffset claim, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await DueRows.AdoptAsync(db, LegalAlertDueRows.Table, alertId, claim, node.Id, cancellationToken))
        {
            return "superseded";
        }

        return await FireAsync(db, alertId, cancellationToken);
    }

    /// <summary>Fires regardless of any claim (jobs enqueued before claims had tokens, an operator's retry).</summary>
    [AutomaticRetry(Attempts = 5)]
    public async Task<string> FireAsync(Guid alertId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await FireAsync(db, alertId, cancellationToken);
    }

    private async Task<string> FireAsync(WorkflowsDbContext db, Guid alertId, CancellationToken cancellationToken)
    {
        var row = await db.LegalAlertTimers.AsNoTracking().FirstOrDefaultAsync(t => t.Id == alertId, cancellationToken);
        if (row is null)
        {
            return "gone";
        }

        if (row.FireAt > time.GetUtcNow())
        {
            await DueRows.ReleaseAsync(db, LegalAlertDueRows.Table, alertId, cancellationToken);
            return "early";
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.LegalAlertTimers.Where(t => t.Id == alertId).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return "gone";
        }

        var fired = row.HearingId is { } hearingId
            ? await HearingAsync(db, row, hearingId, cancellationToken)
            : row.DeadlineId is { } deadlineId && await DeadlineAsync(db, row, deadlineId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (fired && row.Kind == LegalAlertKinds.DeadlineMissed)
        {
            var deadline = await db.LegalDeadlines.AsNoTracking().FirstAsync(d => d.Id == row.DeadlineId, cancellationToken);
            await events.RaiseAsync(deadline, LegalDeadlineActivity.Missed, "system", cancellationToken);
        }

        return fired ? "fired" : "gone";
    }

    private async Task<bool> HearingAsync(WorkflowsDbContext db, LegalAlertTimerEntity row, Guid hearingId, CancellationToken cancellationToken)
    {
        var hearing = await db.Hearings.AsNoTracking().FirstOrDefaultAsync(h => h.Id == hearingId, cancellationToken);
        // A row from before a reschedule is normally deleted with it; the revision check covers one already in flight.
        if (hearing is null || hearing.Status != LegalStatuses.Scheduled || hearing.Revision != row.Revision)
        {
            return false;
        }

        var proceeding = await db.Proceedings.AsNoTracking().FirstAsync(p => p.Id == hearing.ProceedingId, cancellationToken);
        var lawyers = await db.ProceedingLawyers.Where(l => l.ProceedingId == proceeding.Id).Select(l => l.UserId).ToListAsync(cancellationToken);
        var path = $"hearings/{hearing.Id:D}";
        var model = new LegalAlertTemplates.Model(row.Kind, proceeding.CaseCode, hearing.StartsAt, null, notifier.Link(path));
        await notifier.AddAsync(db, lawyers, LegalNotifier.HearingAlert, path, language => LegalAlertTemplates.Render(model, language), cancellationToken);
        return true;
    }

    private async Task<bool> DeadlineAsync(WorkflowsDbContext db, LegalAlertTimerEntity row, Guid deadlineId, CancellationToken cancellationToken)
    {
        var deadline = await db.LegalDeadlines.FirstOrDefaultAsync(d => d.Id == deadlineId, cancellationToken);
        if (deadline is null || deadline.Status != LegalStatuses.Open)
        {
            return false;
        }

        if (row.Kind == LegalAlertKinds.DeadlineMissed)
        {
            deadline.Status = LegalStatuses.Missed;
            return true;
        }

        var proceeding = await db.Proceedings.AsNoTracking().FirstAsync(p => p.Id == deadline.ProceedingId, cancellationToken);
        List<Guid> recipients = row.Kind == LegalAlertKinds.DeadlineD1
            ? await UsersInRoles.ListAsync(db, [Roles.Director], cancellationToken)
            : [.. await db.ProceedingLawyers.Where(l => l.ProceedingId == proceeding.Id).Select(l => l.UserId).ToListAsync(cancellationToken),
               .. await UsersInRoles.ListAsync(db, [Roles.Coordinator], cancellationToken)];
        var path = $"deadlines/{deadline.Id:D}";
        var model = new LegalAlertTemplates.Model(row.Kind, proceeding.CaseCode, null, deadline.DueOn, notifier.Link(path));
        await notifier.AddAsync(db, recipients.Distinct().ToList(), LegalNotifier.DeadlineEscalation, path, language => LegalAlertTemplates.Render(model, language), cancellationToken);
        return true;
    }
}
