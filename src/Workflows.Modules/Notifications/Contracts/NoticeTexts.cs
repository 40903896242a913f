using Astra.Workflows.Modules.Notifications.Api;

namespace Astra.Workflows.Modules.Notifications.Contracts;

/// <summary>What a task notice may know about its task: no title, description or form data (ADR 0019).</summary>
public sealed record TaskNotice(string CaseCode, string TaskType, DateTimeOffset? DueAt, string Link);

/// <summary>The mail language and fixed texts other modules render their notices with.</summary>
public static class NoticeTexts
{
    public const string English = MailLanguage.English;

    /// <summary>Picks the text for <paramref name="language"/> from an (English, Latin, Cyrillic) triple.</summary>
    public static string Pick(string language, (string En, string SrLatn, string SrCyrl) texts) => MailLanguage.Pick(language, texts);

    /// <summary>A due time in the organisation's time zone, in <paramref name="language"/>.</summary>
    public static string FormatDue(DateTimeOffset? due, string language = English) => NotificationTemplates.FormatDue(due, language);

    /// <summary>The subject and text of a task notice of <paramref name="kind"/> (one of the task notification kinds).</summary>
    public static (string Subject, string Text) RenderTask(string kind, string language, TaskNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return NotificationTemplates.Render(kind, language, new NotificationTemplates.Model(notice.CaseCode, notice.TaskType, notice.DueAt, notice.Link));
    }
}
