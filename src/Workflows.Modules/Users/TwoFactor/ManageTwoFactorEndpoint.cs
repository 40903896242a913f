using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Users.Auth;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Users.TwoFactor;

/// <summary>
/// <paramref name="CurrentPassword"/> or <paramref name="CurrentCode"/> (a code of the authenticator already
/// enabled) is required for every call. <paramref name="TwoFactorCode"/> is a code of the key being enabled.
/// </summary>
public sealed record TwoFactorChangeRequest(
    string? CurrentPassword,
    string? CurrentCode,
    bool? Enable,
    string? TwoFactorCode,
    bool ResetSharedKey,
    bool ResetRecoveryCodes);

/// <summary><paramref name="RecoveryCodes"/> only when new ones were just made: they are stored hashed and cannot be shown again.</summary>
public sealed record TwoFactorStateResponse(string SharedKey, int RecoveryCodesLeft, IReadOnlyList<string>? RecoveryCodes, bool IsTwoFactorEnabled);

/// <summary>
/// Showing the authenticator seed or changing factors needs proof beyond the session (which may be a stolen
/// cookie or an unattended screen). A change ends every session of the account, this one included.
/// </summary>
internal static class ManageTwoFactorEndpoint
{
    private const int RecoveryCodeCount = 10;

    public static RouteGroupBuilder MapManageTwoFactor(this RouteGroupBuilder manage)
    {
        manage.MapPost("/2fa", HandleAsync).WithName("ManageTwoFactor")
            .WithSummary("Manage two-factor sign-in")
            .WithDescription("Shows the authenticator key, enables or disables the authenticator, and makes new recovery codes. Every call needs the current password or a current authenticator code besides the session; a change ends every session of the account, this one included. New recovery codes are shown once.");
        return manage;
    }

    private static async Task<Results<Ok<TwoFactorStateResponse>, ValidationProblem, UnauthorizedHttpResult>> HandleAsync(
        TwoFactorChangeRequest request,
        HttpContext http,
        UserManager<AppUser> users,
        IUserStore<AppUser> store,
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

        var proofError = await CurrentFactorProof.CheckAsync(users, identity.Value, user, request.CurrentPassword, request.CurrentCode, time.GetUtcNow());
        if (proofError is not null)
        {
            return ApiProblems.Invalid(proofError);
        }

        var provider = identity.Value.Tokens.AuthenticatorTokenProvider;
        var changed = false;
        if (request.Enable == true)
        {
            if (request.ResetSharedKey)
            {
                return Problem("resetSharedKey", "The key cannot be reset in the call that enables it: enable with a code of the key shown.");
            }

            if (string.IsNullOrWhiteSpace(request.TwoFactorCode))
            {
                return Problem("twoFactorCode", "A code from the authenticator app is required to enable it.");
            }

            if (!await users.VerifyTwoFactorTokenAsync(user, provider, request.TwoFactorCode.Trim()))
            {
                return Problem("twoFactorCode", "The code is not valid; check the app's clock and try the next code.");
            }

            await users.SetTwoFactorEnabledAsync(user, true);
            changed = true;
        }
        else if (request.Enable == false || request.ResetSharedKey)
        {
            await users.SetTwoFactorEnabledAsync(user, false);
            changed = true;
        }

        if (request.ResetSharedKey)
        {
            await users.ResetAuthenticatorKeyAsync(user);
            changed = true;
        }

        IReadOnlyList<string>? recoveryCodes = null;
        if (request.ResetRecoveryCodes || (request.Enable == true && await users.CountRecoveryCodesAsync(user) == 0))
        {
            recoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList();
            changed = true;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // First look before enrolling: a key is made without renewing the stamp, so this session goes on.
            await ((IUserAuthenticatorKeyStore<AppUser>)store).SetAuthenticatorKeyAsync(user, users.GenerateNewAuthenticatorKey(), http.RequestAborted);
            await users.UpdateAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        var response = new TwoFactorStateResponse(key!, await users.CountRecoveryCodesAsync(user), recoveryCodes, await users.GetTwoFactorEnabledAsync(user));
        if (changed)
        {
            await SignOutEndpoint.EndSessionsAsync(users, cache, user);
            await AuthAudit.AppendAsync(db, http, time, AuditActions.SecondFactorChange, user.Id, user.Id, AuditOutcomes.Ok,
                request.Enable == true ? "enabled" : request.Enable == false || request.ResetSharedKey ? "disabled" : "new recovery codes");
        }

        return TypedResults.Ok(response);
    }

    private static ValidationProblem Problem(string field, string message) =>
        ApiProblems.Invalid(field, message);
}
