using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Users.TwoFactor;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Users.Auth;

public sealed record PasswordChangeRequest(string? CurrentPassword, string? NewPassword);

/// <summary>The signed-in user's own password. Changing it ends every session of the account, this one included.</summary>
internal static class ChangePasswordEndpoint
{
    public static RouteGroupBuilder MapChangePassword(this RouteGroupBuilder manage)
    {
        manage.MapPost("/password", HandleAsync).WithName("ChangeMyPassword")
            .WithSummary("Change my password")
            .WithDescription("Changes the signed-in user's own password after checking the current one. Ends every session of the account, this one included.");
        return manage;
    }

    private static async Task<Results<NoContent, ValidationProblem, UnauthorizedHttpResult>> HandleAsync(
        PasswordChangeRequest request,
        HttpContext http,
        UserManager<AppUser> users,
        IOptions<IdentityOptions> identity,
        IMemoryCache cache,
        WorkflowsDbContext db,
        TimeProvider time)
    {
        var user = await users.GetUserAsync(http.User);
        if (user is null)
        {
            return TypedResults.Unauthorized();
        }

        if (string.IsNullOrEmpty(request.NewPassword))
        {
            return ApiProblems.Invalid("newPassword", "A new password is required.");
        }

        var proofError = await CurrentFactorProof.CheckAsync(users, identity.Value, user, request.CurrentPassword ?? string.Empty, null, time.GetUtcNow());
        if (proofError is not null)
        {
            return ApiProblems.Invalid(proofError);
        }

        var changed = await users.ChangePasswordAsync(user, request.CurrentPassword!, request.NewPassword);
        if (!changed.Succeeded)
        {
            return ApiProblems.Invalid(new Dictionary<string, string[]> { ["newPassword"] = changed.Errors.Select(e => e.Description).ToArray() });
        }

        // ChangePasswordAsync renewed the stamp; this node forgets the cached one at once.
        await SignOutEndpoint.EndSessionsAsync(users, cache, user);
        await AuthAudit.AppendAsync(db, http, time, AuditActions.PasswordChange, user.Id, user.Id, AuditOutcomes.Ok);
        return TypedResults.NoContent();
    }
}
