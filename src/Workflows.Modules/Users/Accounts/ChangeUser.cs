using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Users.Auth;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Users.Accounts;

/// <summary>
/// Role changes and disabling renew the user's security stamp, which <see cref="ActiveUserCheck"/> compares
/// with the one in the user's token: their existing sign-ins stop working within the check's cache time.
/// </summary>
internal static class ChangeUser
{
    public static RouteGroupBuilder MapChangeUser(this RouteGroupBuilder users)
    {
        users.MapPut("/{id:guid}/roles", SetRolesAsync).WithName("SetUserRoles")
            .WithSummary("Set a user's roles")
            .WithDescription("Replaces the user's roles. Their existing sign-ins stop working within the active-user check's cache time.");
        users.MapPost("/{id:guid}/disable", (Guid id, UserManager<AppUser> users, IMemoryCache cache, TimeProvider time, WorkflowsDbContext db, HttpContext http) => SetDisabledAsync(id, true, users, cache, time, db, http)).WithName("DisableUser")
            .WithSummary("Disable a user account")
            .WithDescription("Disables the account; its existing sign-ins stop working within the active-user check's cache time.");
        users.MapPost("/{id:guid}/enable", (Guid id, UserManager<AppUser> users, IMemoryCache cache, TimeProvider time, WorkflowsDbContext db, HttpContext http) => SetDisabledAsync(id, false, users, cache, time, db, http)).WithName("EnableUser")
            .WithSummary("Enable a user account")
            .WithDescription("Enables a disabled account again.");
        return users;
    }

    private static async Task<Results<Ok<UserView>, NotFound, ValidationProblem>> SetRolesAsync(
        Guid id, SetRolesRequest request, UserManager<AppUser> users, IMemoryCache cache, TimeProvider time, WorkflowsDbContext db, HttpContext http)
    {
        // A list (perhaps empty): the validation filter refused a request without one.
        var roles = request.Roles!;
        var errors = UserViews.UnknownRoles(roles);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(http.RequestAborted);
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(roles));
        await users.AddToRolesAsync(user, roles.Distinct().Except(current));
        await users.UpdateSecurityStampAsync(user);
        // Role names only: which access was granted or taken away.
        await AuthAudit.AppendAsync(db, http, time, AuditActions.UserRoles, CurrentUser.From(http).KnownId, user.Id, AuditOutcomes.Ok,
            string.Join(',', roles.Distinct().Order(StringComparer.Ordinal)));
        await transaction.CommitAsync(http.RequestAborted);
        cache.Remove(ActiveUserCheck.CacheKey(user.Id));
        return TypedResults.Ok(await UserViews.ToViewAsync(users, user, time.GetUtcNow()));
    }

    private static async Task<Results<Ok<UserView>, NotFound>> SetDisabledAsync(
        Guid id, bool disabled, UserManager<AppUser> users, IMemoryCache cache, TimeProvider time, WorkflowsDbContext db, HttpContext http)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(http.RequestAborted);
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, disabled ? DateTimeOffset.MaxValue : null);
        await users.UpdateSecurityStampAsync(user);
        await AuthAudit.AppendAsync(db, http, time, disabled ? AuditActions.UserDisable : AuditActions.UserEnable, CurrentUser.From(http).KnownId, user.Id, AuditOutcomes.Ok);
        await transaction.CommitAsync(http.RequestAborted);
        // This node forgets at once; other nodes within the check's cache time.
        cache.Remove(ActiveUserCheck.CacheKey(user.Id));
        return TypedResults.Ok(await UserViews.ToViewAsync(users, user, time.GetUtcNow()));
    }
}
