using Astra.Workflows.Host.Features.Hearings;
using Astra.Workflows.Host.Features.Notifications;
using Fluid;

namespace Astra.Workflows.Host.Adapters.LegalAlerts;

/// <summary>
/// Liquid templates for hearing alerts and deadline escalations. The model holds the case code, court, time and a link
/// only (never notes, room or anything about the client), so nothing else can reach an e-mail.
/// </summary>
internal static class LegalAlertTemplates
{
    private static readonly FluidParser Parser = new();
    private static readonly TemplateOptions Options = new();

    private static readonly IFluidTemplate HearingSubject = Parser.Parse("[ASTRA] Hearing {{ when_label }}: {{ case_code }}");
    private static readonly IFluidTemplate HearingText = Parser.Parse(
        "A hearing you represent at is coming up {{ when_label }}.\n\nCase: {{ case_code }}\nCourt: {{ court }}\nStarts: {{ at }}\n\n{{ link }}\n");
    private static readonly IFluidTemplate DeadlineSubject = Parser.Parse("[ASTRA] Legal deadline {{ when_label }}: {{ case_code }}");
    private static readonly IFluidTemplate DeadlineText = Parser.Parse(
        "A hard legal deadline is not done and ends {{ when_label }}.\n\nCase: {{ case_code }}\nCourt: {{ court }}\nLast day: {{ at }}\n\n{{ link }}\n");

    public sealed record Model(string Kind, string CaseCode, string Court, string At, string Link);

    public static (string Subject, string Text) Render(Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var context = new TemplateContext(Options);
        context.SetValue("case_code", model.CaseCode);
        context.SetValue("court", model.Court);
        context.SetValue("at", model.At);
        context.SetValue("link", model.Link);
        context.SetValue("when_label", WhenLabel(model.Kind));
        return LegalAlertKinds.IsHearing(model.Kind)
            ? (HearingSubject.Render(context), HearingText.Render(context))
            : (DeadlineSubject.Render(context), DeadlineText.Render(context));
    }

    public static string FormatAt(DateTimeOffset at) => NotificationTemplates.FormatDue(at);

    private static string WhenLabel(string kind) => kind switch
    {
        LegalAlertKinds.MorningOf => "today",
        LegalAlertKinds.DeadlineD3 => "in 3 days",
        LegalAlertKinds.DeadlineD1 => "tomorrow",
        "hearing-1d" => "in 1 day",
        _ when LegalAlertKinds.IsHearing(kind) => $"in {kind["hearing-".Length..^1]} days",
        _ => "soon",
    };
}
