using System.Text.Json;
using Astra.Workflows.Engine.Activities;
using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.Engine.Validation;
using Astra.Workflows.Modules.Referrals.Catalogue;
using Astra.Workflows.Modules.Referrals.Contracts;

namespace Astra.Workflows.Modules.Referrals.Activities;

/// <summary>
/// Refers the case's client to a partner and waits for the answer. Records a <see cref="ReferralRequested"/> (the module
/// checks consent, picks the partner, sends the e-mail and arms the respond-within timers in the same transaction) and
/// suspends on the referral's answer event. Continues on <c>Accepted</c>, <c>Declined</c>, <c>Expired</c>,
/// <c>Withdrawn</c> or <c>NotSent</c> (no consent for that kind of partner, or no active partner: nothing left ASTRA,
/// <c>notSentReason</c> says which); the answer lands in <c>resultVariable</c>.
/// </summary>
public sealed class ReferralSendActivity : IActivity
{
    public const string Key = "referral.send";
    public const string Accepted = "Accepted";
    public const string Declined = "Declined";
    public const string Expired = "Expired";
    public const string Withdrawn = "Withdrawn";
    public const string NotSent = "NotSent";

    /// <summary>The answers, the partner's first: a simulation's default is an accepted referral.</summary>
    public static readonly IReadOnlyList<string> Outcomes = [Accepted, Declined, Expired, Withdrawn, NotSent];

    public ActivityDescriptor Descriptor { get; } = new()
    {
        Key = Key,
        DisplayName = "Refer to a partner",
        Category = "Referrals",
        Description = "Sends a referral (minimum data, consent checked first) to a partner named by id or by kind and city, and waits for its answer within a respond-within deadline on the working-day calendar.",
        Inputs =
        [
            new() { Name = "partnerId", Type = InputType.Text, Syntax = InputSyntaxes.All, UiHint = "singleline", Description = "Id of the partner; or give partnerKind (and city)." },
            new() { Name = "partnerKind", Type = InputType.Text, Syntax = InputSyntaxes.All, Options = PartnerKinds.All, UiHint = "dropdown", Description = "Kind of partner; the first active one (in city, when given) that answers online is chosen." },
            new() { Name = "city", Type = InputType.Text, Syntax = InputSyntaxes.All, UiHint = "singleline" },
            new() { Name = "services", Type = InputType.List, Syntax = InputSyntaxes.LiteralOrExpression, Required = true, Description = "Service keys from the catalogue, e.g. [\"hiv-hepatitis-testing\"]." },
            new() { Name = "urgency", Type = InputType.Text, Syntax = InputSyntaxes.All, Options = ReferralVocabulary.Urgencies, Default = JsonSerializer.SerializeToElement("routine"), UiHint = "dropdown" },
            new() { Name = "respondWithin", Type = InputType.Duration, Syntax = InputSyntaxes.LiteralOrExpression, UiHint = "duration", Description = "ISO 8601 duration or { \"workingDays\": n }; default 2 working days." },
            new() { Name = "reason", Type = InputType.Text, Syntax = InputSyntax.Literal | InputSyntax.Template, UiHint = "singleline", Description = "ASTRA's own reason (never shown to the partner)." },
            new() { Name = "interpreterLanguage", Type = InputType.Text, Syntax = InputSyntaxes.All, UiHint = "singleline" },
            new() { Name = "contactUserId", Type = InputType.Text, Syntax = InputSyntaxes.All, UiHint = "user", Description = "ASTRA's contact person named to the partner." },
            new() { Name = "overrideReason", Type = InputType.Text, Syntax = InputSyntaxes.All, UiHint = "singleline", Description = "Send without consent (a child, imminent danger): the reason, audited." },
            new() { Name = "resultVariable", Type = InputType.Text, UiHint = "variable", Description = "Variable that receives the answer: { referralId, outcome, partnerId, partnerName, appointmentAt, declineReason, notSentReason, consentPurpose }." },
        ],
        Outcomes = [.. ReferralSendActivity.Outcomes],
        CanWait = true,
    };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.CaseId is not { } caseId)
        {
            throw new InvalidOperationException($"Referral '{context.Activity.Id}' needs an instance of a case.");
        }

        var now = context.Now;
        var referralId = Guid.CreateVersion7(now);
        Guid? partnerId = Blank(context.GetText("partnerId")) is { } p
            ? Guid.TryParse(p, out var id) ? id : throw new InvalidOperationException($"Referral '{context.Activity.Id}': partnerId must be a partner id.")
            : null;
        var kind = Blank(context.GetText("partnerKind"));
        if (partnerId is null && kind is null)
        {
            throw new InvalidOperationException($"Referral '{context.Activity.Id}' names neither a partnerId nor a partnerKind.");
        }

        var services = context.GetInput("services") is { ValueKind: JsonValueKind.Array } list
            ? list.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.String).Select(s => s.GetString()!).ToList()
            : throw new InvalidOperationException($"Referral '{context.Activity.Id}': services must be a list of service keys.");
        var urgency = context.GetText("urgency") ?? "routine";
        if (!ReferralVocabulary.Urgencies.Contains(urgency))
        {
            throw new InvalidOperationException($"Referral '{context.Activity.Id}': urgency '{urgency}' is not one of {string.Join(", ", ReferralVocabulary.Urgencies)}.");
        }

        var within = context.GetInput("respondWithin") ?? JsonSerializer.SerializeToElement(new { workingDays = 2 });
        var respondBy = WorkflowDuration.TryParse(within, out var duration, out var error)
            ? duration!.AddTo(now, context.Calendar)
            : throw new InvalidOperationException($"Referral '{context.Activity.Id}' input 'respondWithin': {error}.");
        Guid? contact = Blank(context.GetText("contactUserId")) is { } c && Guid.TryParse(c, out var contactId) ? contactId : null;
        context.AddSideEffect(new ReferralRequested(
            referralId,
            context.InstanceId,
            context.Activity.Id,
            caseId,
            Blank(context.RenderTemplate("{{ case.code }}")) ?? string.Empty,
            partnerId,
            kind,
            Blank(context.GetText("city")),
            services,
            urgency,
            respondBy,
            Blank(context.GetText("reason")) ?? $"Workflow {context.DefinitionId}, step {context.Activity.Id}",
            Blank(context.GetText("interpreterLanguage")),
            contact,
            Blank(context.GetText("overrideReason")),
            now));
        var data = JsonSerializer.SerializeToElement(new { referralId }, JsonSerializerOptions.Web);
        return ValueTask.FromResult(ActivityResult.Suspend(new BookmarkRequest(
            BookmarkKinds.Event, BookmarkKinds.EventKey(ReferralEventNames.Answer(referralId), caseId), Data: data)));
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Bookmark bookmark, ResumePayload payload)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(payload);
        var answer = payload.Data is { ValueKind: JsonValueKind.Object } data ? data : Engine.Expressions.JsonValues.EmptyObject;
        // The module's events carry the outcome in the answer; a simulation (and an operator's resume) gives it as the
        // payload's outcome. Anything else is read as no answer.
        var outcome = answer.TryGetProperty("outcome", out var o) && o.ValueKind == JsonValueKind.String && o.GetString() is { } name && Outcomes.Contains(name)
            ? name
            : payload.Outcome is { } chosen && Outcomes.Contains(chosen) ? chosen : Expired;
        if (Blank(context.GetText("resultVariable")) is { } variable)
        {
            context.SetVariable(variable, answer);
        }

        return ValueTask.FromResult(ActivityResult.Outcome(outcome));
    }

    public void Validate(ActivityDefinition activity, ActivityValidationContext problems)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(problems);
        if (!activity.Inputs.ContainsKey("partnerId") && !activity.Inputs.ContainsKey("partnerKind"))
        {
            problems.Report("partnerId", ReferralValidationCodes.NeedsPartner, $"Activity '{activity.Id}' needs a 'partnerId' or a 'partnerKind'.");
        }

        if (activity.Inputs.TryGetValue("resultVariable", out var name) && name.ValueKind == JsonValueKind.String
            && !problems.Definition.Variables.Any(v => v.Name == name.GetString()))
        {
            problems.Report("resultVariable", ValidationCodes.VariableNotDeclared, $"Activity '{activity.Id}' input 'resultVariable': variable '{name.GetString()}' is not declared in variables.", ("variable", name.GetString()));
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
