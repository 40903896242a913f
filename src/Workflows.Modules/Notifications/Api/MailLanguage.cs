using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Users.Contracts;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Notifications.Api;

/// <summary>The language each recipient reads e-mail in: their chosen UI language, else English (the web app's fallback).</summary>
internal static class MailLanguage
{
    public const string English = "en";
    public const string SerbianLatin = "sr-Latn";
    public const string SerbianCyrillic = "sr-Cyrl";

    public static async Task<IReadOnlyDictionary<Guid, string>> OfAsync(WorkflowsDbContext db, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var claims = await db.UserClaims.AsNoTracking()
            .Where(c => userIds.Contains(c.UserId) && c.ClaimType == UserLanguages.ClaimType)
            .Select(c => new { c.UserId, c.ClaimValue })
            .ToListAsync(cancellationToken);
        var languages = new Dictionary<Guid, string>();
        foreach (var claim in claims)
        {
            if (UserLanguages.Supported(claim.ClaimValue) is { } value)
            {
                languages[claim.UserId] = value;
            }
        }

        return languages;
    }

    public static string For(IReadOnlyDictionary<Guid, string> languages, Guid userId) =>
        languages.TryGetValue(userId, out var language) ? language : English;

    /// <summary>Picks the text for <paramref name="language"/> from an (English, Latin, Cyrillic) triple.</summary>
    public static string Pick(string language, (string En, string SrLatn, string SrCyrl) texts) => language switch
    {
        SerbianLatin => texts.SrLatn,
        SerbianCyrillic => texts.SrCyrl,
        _ => texts.En,
    };
}
