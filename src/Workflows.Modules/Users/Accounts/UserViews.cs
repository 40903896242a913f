using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.AspNetCore.Identity;

namespace Astra.Workflows.Modules.Users.Accounts;

internal static class UserViews
{
    public static async Task<UserView> ToViewAsync(UserManager<AppUser> users, AppUser user, DateTimeOffset now) =>
        new(user.Id, user.Email ?? string.Empty, user.DisplayName,
            (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList(),
            IsDisabled(user, now),
            user.TwoFactorEnabled);

    public static bool IsDisabled(AppUser user, DateTimeOffset now) => user.LockoutEnd is { } end && end > now && end.Year > 9000;

    public static Dictionary<string, string[]> UnknownRoles(IReadOnlyList<string>? roles) =>
        (roles ?? []).Select((role, index) => (role, index))
            .Where(r => !Roles.All.Contains(r.role))
            .ToDictionary(
                r => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"roles[{r.index}]"),
                r => new[] { $"Unknown role '{r.role}'. Use one of: {string.Join(", ", Roles.All)}." });
}
