using System.Globalization;
using System.Security.Claims;

namespace Astra.Workflows.Modules.Users.Auth;

/// <summary>
/// How long a sign-in lasts: at most <see cref="Lifetime"/> after the password was given (absolute), and no more
/// than <see cref="IdleTimeout"/> without use (sliding cookie; bearer and refresh tokens live that long).
/// </summary>
internal sealed record SessionPolicy(TimeSpan Lifetime, TimeSpan IdleTimeout)
{
    /// <summary>When the password was given, carried in the session's principal across renewals and refreshes.</summary>
    public const string StartedClaim = "astra:session_started";

    public static SessionPolicy From(IConfiguration configuration) => new(
        configuration.GetValue("Astra:Security:SessionLifetime", TimeSpan.FromHours(12)),
        configuration.GetValue("Astra:Security:IdleTimeout", TimeSpan.FromMinutes(30)));

    public static void MarkStarted(ClaimsPrincipal principal, DateTimeOffset at) =>
        (principal.Identity as ClaimsIdentity)?.AddClaim(new Claim(StartedClaim, at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));

    /// <summary>A principal without the claim (issued before sessions had one) counts as expired.</summary>
    public bool HasExpired(ClaimsPrincipal principal, DateTimeOffset now) =>
        Started(principal) is not { } started || now - started >= Lifetime;

    public static DateTimeOffset? Started(ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue(StartedClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
