using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Scheduling;
using Astra.Workflows.Modules.Referrals.Activities;
using Astra.Workflows.Modules.Referrals.Referrals;
using Astra.Workflows.Modules.Referrals.Storage;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Referrals.Escalations;

/// <summary>
/// Fires one referral timer: deletes its row (so it fires once) and, if the referral still waits for an answer, writes
/// the reminder or the expiry with its notices in the same transaction; then resumes a waiting workflow.
/// </summary>
public sealed class ReferralTimerJob(IDbContextFactory<WorkflowsDbContext> contexts, ReferralNotifier notifier, ReferralEvents events, SchedulerNode node, TimeProvider time)
{
    /// <summary>The scheduler's job: fires if the row still carries this claim (a stale re-run of a dead node's job does nothing).</summary>
    [AutomaticRetry(Attempts = 5)]
    public async Task<string> FireAsync(Guid timerId, DateTimeOffset claim, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await DueRows.AdoptAsync(db, ReferralTimerDueRows.Table, timerId, claim, node.Id, cancellationToken))
        {
            return "superseded";
        }

        return await FireAsync(db, timerId, cancellationToken);
    }

    /// <summary>Fires regardless of any claim (an operator's retry, tests and the demo firing what is due).</summary>
    [AutomaticRetry(Attempts = 5)]
    public async Task<string> FireAsync(Guid timerId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await FireAsync(db, timerId, cancellationToken);
    }

    private async Task<string> FireAsync(WorkflowsDbContext db, Guid timerId, CancellationToken cancellationToken)
    {
        var row = await db.ReferralTimers.AsNoTracking().FirstOrDefaultAsync(t => t.Id == timerId, cancellationToken);
        if (row is null)
        {
            return "gone";
        }

        if (row.FireAt > time.GetUtcNow())
        {
            await DueRows.ReleaseAsync(db, ReferralTimerDueRows.Table, timerId, cancellationToken);
            return "early";
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.ReferralTimers.Where(t => t.Id == timerId).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return "gone";
        }

        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == row.ReferralId, cancellationToken);
        string? outcome = null;
        switch (row.Kind)
        {
            case ReferralTimerKinds.Remind when referral?.Status == ReferralStatuses.Sent:
                await notifier.AddAsync(db, referral, ReferralTimerKinds.Remind, coordinators: false, cancellationToken);
                break;
            case ReferralTimerKinds.Expire when referral?.Status == ReferralStatuses.Sent:
                referral.Status = ReferralStatuses.Expired;
                referral.Revision++;
                await ReferralTimers.DisarmAsync(db, referral.Id, cancellationToken);
                await notifier.AddAsync(db, referral, ReferralStatuses.Expired, coordinators: true, cancellationToken);
                outcome = ReferralSendActivity.Expired;
                break;
            case ReferralTimerKinds.NotSent when referral?.Status == ReferralStatuses.NotSent:
                await notifier.AddAsync(db, referral, ReferralStatuses.NotSent, coordinators: false, cancellationToken);
                outcome = ReferralSendActivity.NotSent;
                break;
            default:
                await transaction.CommitAsync(cancellationToken);
                return "gone";
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (outcome is not null)
        {
            var partner = await db.Partners.AsNoTracking().Where(p => p.Id == referral!.PartnerId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);
            await events.RaiseOutcomeAsync(referral!, outcome, partner, "system", cancellationToken);
        }

        return "fired";
    }
}
