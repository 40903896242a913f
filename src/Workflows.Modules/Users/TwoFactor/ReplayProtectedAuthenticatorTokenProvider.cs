using System.Globalization;
using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.AspNetCore.Identity;

namespace Astra.Workflows.Modules.Users.TwoFactor;

/// <summary>
/// Authenticator codes that can be used once: a code is accepted for its own 30-second step or one step
/// either side (clock drift), and only when that step is later than the last one this user used.
/// </summary>
internal sealed class ReplayProtectedAuthenticatorTokenProvider(TimeProvider time) : AuthenticatorTokenProvider<AppUser>
{
    public const string Name = "AstraAuthenticator";

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return false;
        }

        var secret = Base32.Decode(key);
        var now = Totp.TimeStep(time.GetUtcNow());
        for (var step = now - 1; step <= now + 1; step++)
        {
            if (Totp.Code(secret, step) != code)
            {
                continue;
            }

            if (user.LastAuthenticatorStep is { } last && step <= last)
            {
                return false;
            }

            user.LastAuthenticatorStep = step;
            // The concurrency stamp makes two sign-ins racing with one code fail on all but one.
            return (await manager.UpdateAsync(user)).Succeeded;
        }

        return false;
    }
}
