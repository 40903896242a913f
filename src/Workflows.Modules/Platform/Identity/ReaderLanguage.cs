using Microsoft.Extensions.Primitives;

namespace Astra.Workflows.Modules.Platform.Identity;

/// <summary>
/// The language a response is written in. The web app sends the language it shows as the first
/// <c>Accept-Language</c> tag (exactly <c>en</c>, <c>sr-Latn</c> or <c>sr-Cyrl</c>), which wins, so a language chosen on
/// a device but not saved still applies; else the user's saved language; else the browser's (any <c>sr</c> is Serbian,
/// Cyrillic only when asked for); else English.
/// </summary>
public static class ReaderLanguage
{
    public static string Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var accepted = http.Request.Headers.AcceptLanguage;
        var first = First(accepted);
        if (UserLanguages.Supported(first) is { } exact)
        {
            return exact;
        }

        if (CurrentUser.From(http).Language is { } chosen)
        {
            return chosen;
        }

        var header = accepted.ToString();
        if (header.Contains("Cyrl", StringComparison.OrdinalIgnoreCase))
        {
            return "sr-Cyrl";
        }

        return header.StartsWith("sr", StringComparison.OrdinalIgnoreCase) ? "sr-Latn" : "en";
    }

    private static string? First(StringValues header)
    {
        var text = header.ToString();
        if (text.Length == 0)
        {
            return null;
        }

        var comma = text.IndexOf(',', StringComparison.Ordinal);
        var tag = comma < 0 ? text : text[..comma];
        var semicolon = tag.IndexOf(';', StringComparison.Ordinal);
        return (semicolon < 0 ? tag : tag[..semicolon]).Trim();
    }
}
