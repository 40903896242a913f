using Microsoft.AspNetCore.Identity;

namespace Astra.Workflows.Modules.Platform.Identity;

public sealed class AppUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The 30-second step of the last authenticator code accepted; an equal or earlier one is a replay.</summary>
    public long? LastAuthenticatorStep { get; set; }

    /// <summary>
    /// After repeated failed sign-ins, attempts before this instant are refused without checking the password
    /// (a progressive, bounded delay instead of a lockout an attacker could keep up for ever).
    /// </summary>
    public DateTimeOffset? SignInNotBefore { get; set; }
}
