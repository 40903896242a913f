using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.AspNetCore.Identity;

namespace Astra.Workflows.Modules.Users.Auth;

/// <summary>
/// Password guessing against one account slows down instead of locking it: the first few failures cost nothing,
/// then each one makes the account refuse attempts for a doubling time, capped at <see cref="MaxDelay"/>. A refused
/// attempt is answered like a wrong password, so it reveals neither the delay nor the account.
/// </summary>
internal static class SignInThrottle
{
    public const int FreeFailures = 3;
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(1);

    public static bool IsThrottled(AppUser user, DateTimeOffset now) => user.SignInNotBefore is { } notBefore && now < notBefore;

    public static TimeSpan DelayAfter(int failures) =>
        failures <= FreeFailures
            ? TimeSpan.Zero
            : TimeSpan.FromSeconds(Math.Min(MaxDelay.TotalSeconds, Math.Pow(2, Math.Min(failures - FreeFailures, 10))));

    public static async Task RecordFailureAsync(UserManager<AppUser> users, AppUser user, DateTimeOffset now)
    {
        user.AccessFailedCount++;
        var delay = DelayAfter(user.AccessFailedCount);
        user.SignInNotBefore = delay > TimeSpan.Zero ? now + delay : null;
        await users.UpdateAsync(user);
    }

    public static async Task RecordSuccessAsync(UserManager<AppUser> users, AppUser user)
    {
        if (user.AccessFailedCount == 0 && user.SignInNotBefore is null)
        {
            return;
        }

        user.AccessFailedCount = 0;
        user.SignInNotBefore = null;
        await users.UpdateAsync(user);
    }
}
