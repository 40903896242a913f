using Astra.Workflows.Modules.Notifications.Email;
using Astra.Workflows.Modules.Notifications.Storage;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Hangfire;
using Astra.Workflows.Modules.Platform.Scheduling;
using Hangfire.Common;
using Microsoft.Extensions.Options;

namespace Astra.Workflows.Modules.Notifications.Outbox;

/// <summary>
/// Pending e-mails as due rows, a batch per job on the mail queue (one SMTP session each, ADR 0020). A mail may go twice
/// after a crash, never zero times; the lease doubles as the claim's token, so a late job of an expired claim neither
/// sends nor reschedules a row claimed again.
/// </summary>
internal sealed class OutboxDueRows(IOptions<SmtpOptions> smtp) : IDueRowSource
{
    public async Task<DueBatch> ClaimAsync(WorkflowsDbContext db, DueClaim claim, CancellationToken cancellationToken)
    {
        var claimed = await OutboxClaims.ClaimEmailsAsync(db, claim, cancellationToken);
        var jobs = claimed.Chunk(smtp.Value.MailsPerSession)
            .Select(batch => new DueJob(Job.FromExpression<OutboxMailJob>(job => job.SendBatchAsync(batch, claim.LeaseUntil, CancellationToken.None)), HangfireQueues.Mail))
            .ToList();
        return new DueBatch(claimed.Count, jobs);
    }

    // The lease on the row is the claim; a mail's job id is not kept.
    public Task RecordJobsAsync(WorkflowsDbContext db, DueBatch batch, IReadOnlyList<string> jobIds, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
