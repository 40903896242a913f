using System.Globalization;
using Astra.Workflows.Modules.Legal.Hearings;
using Astra.Workflows.Modules.Notifications.Contracts;

namespace Astra.Workflows.Modules.Legal.Alerts;

/// <summary>
/// Hearing alerts and deadline escalations: fixed texts in the recipient's language around the case code, the time and
/// a link. Not the court, notes, room or anything about the client: which court hears a case is legal detail, and the
/// linked page (behind sign-in and need-to-know) shows it (ADR 0019).
/// </summary>
internal static class LegalAlertTemplates
{
    private static readonly (string, string, string) HearingSubject = ("[ASTRA] Hearing {0}: {1}", "[ASTRA] Ročište {0}: {1}", "[ASTRA] Рочиште {0}: {1}");
    private static readonly (string, string, string) HearingLead = (
        "A hearing you represent at is coming up {0}.", "Ročište na kojem zastupate je {0}.", "Рочиште на којем заступате је {0}.");
    private static readonly (string, string, string) StartsLabel = ("Starts", "Početak", "Почетак");
    private static readonly (string, string, string) DeadlineSubject = ("[ASTRA] Legal deadline {0}: {1}", "[ASTRA] Pravni rok {0}: {1}", "[ASTRA] Правни рок {0}: {1}");
    private static readonly (string, string, string) DeadlineLead = (
        "A hard legal deadline is not done and ends {0}.", "Obavezni pravni rok nije ispunjen i ističe {0}.", "Обавезни правни рок није испуњен и истиче {0}.");
    private static readonly (string, string, string) LastDayLabel = ("Last day", "Poslednji dan", "Последњи дан");
    private static readonly (string, string, string) CaseLabel = ("Case", "Predmet", "Предмет");

    /// <summary>A hearing alert has <paramref name="StartsAt"/>, a deadline escalation <paramref name="LastDay"/>.</summary>
    public sealed record Model(string Kind, string CaseCode, DateTimeOffset? StartsAt, DateOnly? LastDay, string Link);

    public static (string Subject, string Text) Render(Model model, string language)
    {
        ArgumentNullException.ThrowIfNull(model);
        var when = WhenLabel(model.Kind, language);
        var hearing = LegalAlertKinds.IsHearing(model.Kind);
        var subject = Format(language, hearing ? HearingSubject : DeadlineSubject, when, model.CaseCode);
        var at = hearing
            ? $"{NoticeTexts.Pick(language, StartsLabel)}: {NoticeTexts.FormatDue(model.StartsAt, language)}"
            : $"{NoticeTexts.Pick(language, LastDayLabel)}: {model.LastDay?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        var text =
            $"{Format(language, hearing ? HearingLead : DeadlineLead, when)}\n\n" +
            $"{NoticeTexts.Pick(language, CaseLabel)}: {model.CaseCode}\n{at}\n\n{model.Link}\n";
        return (subject, text);
    }

    private static string Format(string language, (string, string, string) texts, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, NoticeTexts.Pick(language, texts), values);

    private static string WhenLabel(string kind, string language) => kind switch
    {
        LegalAlertKinds.MorningOf => NoticeTexts.Pick(language, ("today", "danas", "данас")),
        LegalAlertKinds.DeadlineD1 => NoticeTexts.Pick(language, ("tomorrow", "sutra", "сутра")),
        LegalAlertKinds.DeadlineD3 => InDays(3, language),
        _ when LegalAlertKinds.IsHearing(kind) && kind.Length > "hearing-".Length + 1 && int.TryParse(kind["hearing-".Length..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var days) => InDays(days, language),
        _ => NoticeTexts.Pick(language, ("soon", "uskoro", "ускоро")),
    };

    private static string InDays(int days, string language) => days == 1
        ? NoticeTexts.Pick(language, ("in 1 day", "za 1 dan", "за 1 дан"))
        : string.Format(CultureInfo.InvariantCulture, NoticeTexts.Pick(language, ("in {0} days", "za {0} dana", "за {0} дана")), days);
}
