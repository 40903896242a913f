using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Users.Auth;

/// <summary>Password, then (same call, with the code added) the authenticator or a recovery code.</summary>
public sealed record SignInRequest(string? Email, string? Password, string? TwoFactorCode, string? TwoFactorRecoveryCode);

/// <summary>
/// Signing in. Every refusal is the same 401 <c>Failed</c> — unknown account, wrong password, disabled account,
/// too many recent failures — and each checks a password hash, so neither the answer nor its time tells them
/// apart. Only a correct password for an account with an authenticator is answered <c>RequiresTwoFactor</c>.
/// Nothing is remembered about the device: every sign-in needs the code.
/// </summary>
internal static class LoginEndpoint
{
    public const string Failed = "Failed";
    public const string RequiresTwoFactor = "RequiresTwoFactor";

    public static RouteGroupBuilder MapLoginEndpoint(this RouteGroupBuilder auth)
    {
        auth.MapPost("/login", HandleAsync).AllowAnonymous().WithName("SignIn")
            .WithSummary("Sign in")
            .WithDescription("Signs in with e-mail and password, adding the authenticator or a recovery code in the same call when the account has one. Answers a bearer and refresh token, or sets the session cookie with `?useCookies=true`. Every refusal is the same 401 so that neither the answer nor its timing tells an unknown account, a wrong password, a disabled account or a lockout apart; only a correct password for an account with an authenticator is answered `RequiresTwoFactor`.")
            .Produces<Microsoft.AspNetCore.Authentication.BearerToken.AccessTokenResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return auth;
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> HandleAsync(
        SignInRequest request,
        bool? useCookies,
        HttpContext http,
        UserManager<AppUser> users,
        SignInManager<AppUser> signIn,
        DummyPassword dummy,
        WorkflowsDbContext db,
        TimeProvider time,
        IOptions<IdentityOptions> identity)
    {
        var password = request.Password ?? string.Empty;
        var now = time.GetUtcNow();
        var user = string.IsNullOrWhiteSpace(request.Email) ? null : await users.FindByNameAsync(request.Email.Trim());
        if (user is null)
        {
            dummy.Verify(password);
            return await RefuseAsync(null, "unknown account");
        }

        if (SignInThrottle.IsThrottled(user, now))
        {
            dummy.Verify(password);
            return await RefuseAsync(user.Id, "throttled");
        }

        // The hash is checked even for a disabled account, so its answer takes as long as any other.
        var passwordOk = await users.CheckPasswordAsync(user, password);
        if (await users.IsLockedOutAsync(user))
        {
            return await RefuseAsync(user.Id, "disabled");
        }

        if (!passwordOk)
        {
            await SignInThrottle.RecordFailureAsync(users, user, now);
            return await RefuseAsync(user.Id, "wrong password");
        }

        var method = "pwd";
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            var code = request.TwoFactorCode?.Trim();
            var recovery = request.TwoFactorRecoveryCode?.Trim();
            if (string.IsNullOrEmpty(code) && string.IsNullOrEmpty(recovery))
            {
                return ApiProblems.Of(StatusCodes.Status401Unauthorized, null, RequiresTwoFactor);
            }

            var secondOk = !string.IsNullOrEmpty(code)
                ? await users.VerifyTwoFactorTokenAsync(user, identity.Value.Tokens.AuthenticatorTokenProvider, code)
                : (await users.RedeemTwoFactorRecoveryCodeAsync(user, recovery!)).Succeeded;
            if (!secondOk)
            {
                await SignInThrottle.RecordFailureAsync(users, user, now);
                return await RefuseAsync(user.Id, "wrong second factor");
            }

            method = "mfa";
        }

        await SignInThrottle.RecordSuccessAsync(users, user);
        var principal = await signIn.CreateUserPrincipalAsync(user);
        (principal.Identity as System.Security.Claims.ClaimsIdentity)?.AddClaim(new System.Security.Claims.Claim("amr", method));
        SessionPolicy.MarkStarted(principal, now);
        await AuthAudit.AppendAsync(db, http, time, AuditActions.SignIn, user.Id, user.Id, AuditOutcomes.Ok, method);
        // Bearer: the handler writes the tokens as the response body. Cookie: a session cookie, never "remember me".
        await http.SignInAsync(
            useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme,
            principal,
            new AuthenticationProperties { IsPersistent = false });
        return TypedResults.Empty;

        async Task<Results<EmptyHttpResult, ProblemHttpResult>> RefuseAsync(Guid? userId, string reason)
        {
            await AuthAudit.AppendAsync(db, http, time, AuditActions.SignIn, userId, userId, AuditOutcomes.Failed, reason);
            return ApiProblems.Of(StatusCodes.Status401Unauthorized, null, Failed);
        }
    }
}
