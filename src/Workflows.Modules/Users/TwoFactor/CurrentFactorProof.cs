using Astra.Workflows.Modules.Users.Auth;
using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.AspNetCore.Identity;

namespace Astra.Workflows.Modules.Users.TwoFactor;

/// <summary>
/// The current password, or a current code of the enabled authenticator, given again inside a session.
/// Failures count towards the account's sign-in delay, so this cannot be used to guess the password either.
/// </summary>
internal static class CurrentFactorProof
{
    public static async Task<Dictionary<string, string[]>?> CheckAsync(
        UserManager<AppUser> users, IdentityOptions identity, AppUser user, string? password, string? code, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(password) && string.IsNullOrWhiteSpace(code))
        {
            return Error("currentPassword", "Give your current password (or currentCode, a code of your authenticator app).");
        }

        if (!string.IsNullOrEmpty(password))
        {
            var ok = !SignInThrottle.IsThrottled(user, now) && await users.CheckPasswordAsync(user, password);
            if (ok)
            {
                return null;
            }

            await SignInThrottle.RecordFailureAsync(users, user, now);
            return Error("currentPassword", "The password is not correct (after several attempts, wait a minute).");
        }

        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return Error("currentCode", "No authenticator is enabled yet: give currentPassword instead.");
        }

        if (!SignInThrottle.IsThrottled(user, now)
            && await users.VerifyTwoFactorTokenAsync(user, identity.Tokens.AuthenticatorTokenProvider, code!.Trim()))
        {
            return null;
        }

        await SignInThrottle.RecordFailureAsync(users, user, now);
        return Error("currentCode", "The code is not valid (after several attempts, wait a minute).");
    }

    private static Dictionary<string, string[]> Error(string field, string message) => new() { [field] = [message] };
}
