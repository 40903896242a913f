using System.Text.Json;
using Astra.Workflows.Modules.Notifications.Api;

namespace Astra.Workflows.Modules.Notifications.Notices;

/// <summary>
/// A notice's text in each language the web app shows. Notices are rendered when written (their templates know the
/// case code and due time, never task content), so all three are kept and the reader's language picks one when read.
/// </summary>
internal static class NoticeLanguages
{
    public const int MaxTextLength = 500;

    private static readonly string[] All = [MailLanguage.English, MailLanguage.SerbianLatin, MailLanguage.SerbianCyrillic];

    public static string Shorten(string text) => text.Length > MaxTextLength ? text[..MaxTextLength] : text;

    /// <summary>The subject in every language, as stored in the <c>texts</c> column.</summary>
    public static string RenderAll(Func<string, (string Subject, string Text)> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        var texts = All.ToDictionary(language => language, language => Shorten(render(language).Subject), StringComparer.Ordinal);
        return JsonSerializer.Serialize(texts);
    }

    /// <summary>The stored text for <paramref name="language"/>; <paramref name="fallback"/> for a notice without one.</summary>
    public static string Pick(string texts, string language, string fallback)
    {
        if (string.IsNullOrEmpty(texts))
        {
            return fallback;
        }

        var byLanguage = JsonSerializer.Deserialize<Dictionary<string, string>>(texts);
        return byLanguage is not null && byLanguage.TryGetValue(language, out var text) && !string.IsNullOrEmpty(text) ? text : fallback;
    }
}
