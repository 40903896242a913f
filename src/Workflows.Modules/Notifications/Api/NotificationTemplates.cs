using Astra.Workflows.Modules.Notifications.Contracts;
using System.Globalization;
using Astra.Workflows.Engine.Time;

namespace Astra.Workflows.Modules.Notifications.Api;

/// <summary>
/// Task e-mails and in-app notices: fixed texts in the recipient's language around the case code, the task kind's
/// label, the due time and a link. The model has no title, description or form data, so no template a workflow
/// author writes can reach an e-mail (ADR 0019).
/// </summary>
internal static class NotificationTemplates
{
    private sealed record Texts((string, string, string) Subject, (string, string, string) Lead);

    private static readonly Dictionary<string, Texts> ByKind = new(StringComparer.Ordinal)
    {
        [NotificationKinds.Assigned] = new(
            ("[ASTRA] Task assigned to you: {0}", "[ASTRA] Dodeljen vam je zadatak: {0}", "[ASTRA] Додељен вам је задатак: {0}"),
            ("A task was assigned to you.", "Dodeljen vam je zadatak.", "Додељен вам је задатак.")),
        [NotificationKinds.Reminder] = new(
            ("[ASTRA] Reminder: task due {1} ({0})", "[ASTRA] Podsetnik: rok zadatka {1} ({0})", "[ASTRA] Подсетник: рок задатка {1} ({0})"),
            ("This task falls due soon.", "Rok ovog zadatka uskoro ističe.", "Рок овог задатка ускоро истиче.")),
        [NotificationKinds.Overdue] = new(
            ("[ASTRA] Task overdue: {0}", "[ASTRA] Zadatak je prekoračio rok: {0}", "[ASTRA] Задатак је прекорачио рок: {0}"),
            ("This task has reached its deadline and is not done.", "Rok ovog zadatka je istekao, a zadatak nije završen.", "Рок овог задатка је истекао, а задатак није завршен.")),
        [NotificationKinds.Escalated] = new(
            ("[ASTRA] Escalation: overdue task ({0})", "[ASTRA] Eskalacija: zadatak posle roka ({0})", "[ASTRA] Ескалација: задатак после рока ({0})"),
            ("A task is past its deadline and has been escalated to you.", "Zadatak je prekoračio rok i eskaliran je vama.", "Задатак је прекорачио рок и ескалиран је вама.")),
    };

    private static readonly (string, string, string) CaseLabel = ("Case", "Predmet", "Предмет");
    private static readonly (string, string, string) KindLabel = ("Task", "Zadatak", "Задатак");
    private static readonly (string, string, string) DueLabel = ("Due", "Rok", "Рок");
    private static readonly (string, string, string) NoDeadline = ("no deadline", "bez roka", "без рока");
    private static readonly (string, string, string) Belgrade = ("Belgrade", "Beograd", "Београд");

    /// <summary>What a task notice may know about its task.</summary>
    public sealed record Model(string CaseCode, string TaskType, DateTimeOffset? DueAt, string Link);

    public static (string Subject, string Text) Render(string kind, string language, Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var texts = ByKind[kind];
        var due = FormatDue(model.DueAt, language);
        var subject = string.Format(CultureInfo.InvariantCulture, MailLanguage.Pick(language, texts.Subject), model.CaseCode, due);
        var text =
            $"{MailLanguage.Pick(language, texts.Lead)}\n\n" +
            $"{MailLanguage.Pick(language, CaseLabel)}: {model.CaseCode}\n" +
            $"{MailLanguage.Pick(language, KindLabel)}: {TaskKindLabels.For(model.TaskType, language)}\n" +
            $"{MailLanguage.Pick(language, DueLabel)}: {due}\n\n" +
            $"{model.Link}\n";
        return (subject, text);
    }

    public static string FormatDue(DateTimeOffset? due, string language = MailLanguage.English) =>
        due is { } d
            ? OrganisationTime.ToLocal(d).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + $" ({MailLanguage.Pick(language, Belgrade)})"
            : MailLanguage.Pick(language, NoDeadline);
}
