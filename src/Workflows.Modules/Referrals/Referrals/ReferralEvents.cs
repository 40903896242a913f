using System.Text.Json;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Modules.Referrals.Contracts;
using Astra.Workflows.Modules.Referrals.Storage;

namespace Astra.Workflows.Modules.Referrals.Referrals;

/// <summary>
/// Resumes workflows after a referral's change committed: its <c>referral.send</c> activity on the outcome, and any
/// instance of the case waiting on <c>referral.completed</c>. A failure is logged, not thrown: the change stands and the
/// waiting instance can be resumed again (the event key is idempotent per referral and outcome).
/// </summary>
public sealed partial class ReferralEvents(InstanceCoordinator coordinator, ILogger<ReferralEvents> logger)
{
    public async Task RaiseOutcomeAsync(ReferralEntity referral, string outcome, string? partnerName, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(referral);
        if (referral.InstanceId is null)
        {
            return;
        }

        var name = ReferralEventNames.Answer(referral.Id);
        var payload = JsonSerializer.SerializeToElement(new
        {
            referralId = referral.Id,
            outcome,
            status = referral.Status,
            partnerId = referral.PartnerId,
            partnerName,
            appointmentAt = referral.AppointmentAt,
            declineReason = referral.DeclineReason,
            answeredVia = referral.AnsweredVia,
            notSentReason = referral.NotSentReason,
            consentPurpose = referral.ConsentPurpose,
        }, JsonSerializerOptions.Web);
        await RaiseAsync(name, referral, payload, $"{name}:{outcome}", actor, cancellationToken);
    }

    public async Task RaiseCompletedAsync(ReferralEntity referral, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(referral);
        var payload = JsonSerializer.SerializeToElement(new
        {
            referralId = referral.Id,
            outcome = referral.Outcome,
            servedOn = referral.ServedOn,
            services = referral.Services,
            partnerId = referral.PartnerId,
        }, JsonSerializerOptions.Web);
        await RaiseAsync(ReferralEventNames.Completed, referral, payload, $"{ReferralEventNames.Completed}:{referral.Id:D}", actor, cancellationToken);
    }

    private async Task RaiseAsync(string name, ReferralEntity referral, JsonElement payload, string key, string actor, CancellationToken cancellationToken)
    {
        try
        {
            await coordinator.RaiseEventAsync(name, referral.CaseId, payload, key, actor, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogRaiseFailed(logger, referral.Id, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Resuming workflows after referral {ReferralId} changed failed")]
    private static partial void LogRaiseFailed(ILogger logger, Guid referralId, Exception exception);
}
