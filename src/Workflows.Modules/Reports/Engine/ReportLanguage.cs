using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Reports.Contracts;

namespace Astra.Workflows.Modules.Reports.Engine;

/// <summary>The language a report is written in: <c>?lang=</c>, else the user's chosen language, else the browser's, else English.</summary>
internal static class ReportLanguage
{
    public static string Of(HttpContext http, string? requested)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (requested is not null)
        {
            return requested;
        }

        if (CurrentUser.From(http).Language is { } chosen)
        {
            return chosen;
        }

        var accepted = http.Request.Headers.AcceptLanguage.ToString();
        if (accepted.Contains("Cyrl", StringComparison.OrdinalIgnoreCase))
        {
            return ReportText.SerbianCyrillic;
        }

        return accepted.StartsWith("sr", StringComparison.OrdinalIgnoreCase) ? ReportText.SerbianLatin : ReportText.English;
    }

    public static bool IsValid(string? requested) => requested is null || ReportText.Languages.Contains(requested, StringComparer.Ordinal);
}
