using System.Security.Claims;
using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.AspNetCore.Identity;

namespace Astra.Workflows.Modules.Users.Contracts;

/// <summary>
/// Reads and stores the UI language a user chose (<see cref="UserLanguages"/>). A user who never chose one has
/// none (null): the web app then keeps the choice made on the device.
/// </summary>
internal static class UserLanguage
{
    public static async Task<string?> GetAsync(UserManager<AppUser> users, AppUser user)
    {
        var stored = (await users.GetClaimsAsync(user)).FirstOrDefault(c => c.Type == UserLanguages.ClaimType)?.Value;
        return UserLanguages.Supported(stored);
    }

    /// <summary>Replaces the stored choice (one claim per user). Claims do not touch the security stamp, so sessions stay valid.</summary>
    public static async Task<IdentityResult> SetAsync(UserManager<AppUser> users, AppUser user, string language)
    {
        var existing = (await users.GetClaimsAsync(user)).Where(c => c.Type == UserLanguages.ClaimType).ToList();
        if (existing.Count == 1)
        {
            return existing[0].Value == language ? IdentityResult.Success : await users.ReplaceClaimAsync(user, existing[0], new Claim(UserLanguages.ClaimType, language));
        }

        if (existing.Count > 1)
        {
            var removed = await users.RemoveClaimsAsync(user, existing);
            if (!removed.Succeeded)
            {
                return removed;
            }
        }

        return await users.AddClaimAsync(user, new Claim(UserLanguages.ClaimType, language));
    }
}
