using System.Globalization;
using System.Text.Json;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Engine.Simulation;
using Astra.Workflows.Modules.Referrals.Escalations;

namespace Astra.Workflows.Modules.Referrals.Activities;

/// <summary>
/// A referral in a simulation: the partner's answer is the work that ends the wait, due at the respond-by time, with
/// the case manager's reminder planned as the real timers plan it. The chosen outcome (Accepted by default) is what
/// the partner answered; the form data of the choice (e.g. <c>appointmentAt</c>) is the answer's content.
/// </summary>
public sealed class ReferralSimulation : ISimulationHook
{
    public SimulatedWork? OpenWork(ActivitySideEffect effect)
    {
        if (effect is not ReferralRequested requested)
        {
            return null;
        }

        var partner = requested.PartnerKind ?? requested.PartnerId?.ToString("D", CultureInfo.InvariantCulture) ?? "partner";
        var followUps = ReferralTimers.RemindAt(requested.CreatedAt, requested.RespondBy) is { } remindAt
            ? new List<SimulatedFollowUp> { new(remindAt, SimulationStepKinds.Escalation, 1, "The case manager is reminded to call the partner.") }
            : [];
        return new SimulatedWork(
            null,
            $"Partner's answer to the referral ({partner}: {string.Join(", ", requested.Services)})",
            requested.RespondBy,
            ReferralSendActivity.Outcomes,
            followUps,
            data => Answer(requested, partner, data));
    }

    private static JsonElement Answer(ReferralRequested requested, string partner, JsonElement data) =>
        JsonSerializer.SerializeToElement(new
        {
            referralId = requested.ReferralId,
            partnerKind = requested.PartnerKind,
            partnerName = partner,
            services = requested.Services,
            appointmentAt = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("appointmentAt", out var at) ? at.GetString() : null,
            simulated = true,
        }, JsonSerializerOptions.Web);
}
