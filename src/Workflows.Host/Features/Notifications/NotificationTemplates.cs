using System.Globalization;
using Astra.Workflows.Engine.Time;
using Fluid;

namespace Astra.Workflows.Host.Features.Notifications;

/// <summary>
/// Liquid templates for task notifications. Their model holds only the case code, the task title, the due time and
/// a link: nothing else can reach an e-mail, whatever a template says.
/// </summary>
internal static class NotificationTemplates
{
    private static readonly FluidParser Parser = new();
    private static readonly TemplateOptions Options = new();

    private static readonly Dictionary<string, (IFluidTemplate Subject, IFluidTemplate Text)> ByKind = new(StringComparer.Ordinal)
    {
        [NotificationKinds.Assigned] = Parse(
            "[ASTRA] Task assigned to you: {{ case_code }}",
            "A task was assigned to you.\n\nCase: {{ case_code }}\nTask: {{ title }}\nDue: {{ due }}\n\n{{ link }}\n"),
        [NotificationKinds.Reminder] = Parse(
            "[ASTRA] Reminder: task due {{ due }} ({{ case_code }})",
            "This task falls due soon.\n\nCase: {{ case_code }}\nTask: {{ title }}\nDue: {{ due }}\n\n{{ link }}\n"),
        [NotificationKinds.Overdue] = Parse(
            "[ASTRA] Task overdue: {{ case_code }}",
            "This task has reached its deadline and is not done.\n\nCase: {{ case_code }}\nTask: {{ title }}\nDue: {{ due }}\n\n{{ link }}\n"),
        [NotificationKinds.Escalated] = Parse(
            "[ASTRA] Escalation: overdue task ({{ case_code }})",
            "A task is past its deadline and has been escalated to you.\n\nCase: {{ case_code }}\nTask: {{ title }}\nDue: {{ due }}\n\n{{ link }}\n"),
    };

    public sealed record Model(string CaseCode, string Title, DateTimeOffset? DueAt, string Link);

    public static (string Subject, string Text) Render(string kind, Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var (subject, text) = ByKind[kind];
        var context = new TemplateContext(Options);
        context.SetValue("case_code", model.CaseCode);
        context.SetValue("title", model.Title);
        context.SetValue("due", FormatDue(model.DueAt));
        context.SetValue("link", model.Link);
        return (subject.Render(context), text.Render(context));
    }

    public static string FormatDue(DateTimeOffset? due) =>
        due is { } d ? OrganisationTime.ToLocal(d).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " (Belgrade)" : "no deadline";

    private static (IFluidTemplate, IFluidTemplate) Parse(string subject, string text) => (Parser.Parse(subject), Parser.Parse(text));
}
