using System.Security.Claims;
using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Astra.Workflows.Modules.Users.Auth;

public sealed record RefreshRequest(string? RefreshToken);

/// <summary>
/// New bearer tokens for a refresh token that is unexpired (it lives only the idle timeout), whose account's
/// security stamp is unchanged (no sign-out, password or factor change since) and whose session is within its
/// absolute lifetime. The session's start travels on, so refreshing never extends it.
/// </summary>
internal static class RefreshEndpoint
{
    public static RouteGroupBuilder MapRefreshEndpoint(this RouteGroupBuilder auth)
    {
        auth.MapPost("/refresh", HandleAsync).AllowAnonymous().WithName("RefreshSignIn")
            .WithSummary("Renew a bearer token")
            .WithDescription("Exchanges a refresh token for new bearer tokens while the session is within its idle and absolute lifetime and the account has not signed out or changed its password or factors since. Refreshing never extends the session's absolute lifetime. Any other refresh token is 401.")
            .Produces<Microsoft.AspNetCore.Authentication.BearerToken.AccessTokenResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return auth;
    }

    private static async Task<Results<EmptyHttpResult, UnauthorizedHttpResult>> HandleAsync(
        RefreshRequest request,
        HttpContext http,
        SignInManager<AppUser> signIn,
        IOptionsMonitor<BearerTokenOptions> bearer,
        SessionPolicy sessions,
        TimeProvider time)
    {
        var ticket = string.IsNullOrEmpty(request.RefreshToken)
            ? null
            : bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        var now = time.GetUtcNow();
        if (ticket?.Properties.ExpiresUtc is not { } expires || now >= expires
            || sessions.HasExpired(ticket.Principal, now)
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user
            || await signIn.UserManager.IsLockedOutAsync(user))
        {
            return TypedResults.Unauthorized();
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        var identity = (ClaimsIdentity)principal.Identity!;
        foreach (var carried in ticket.Principal.Claims.Where(c => c.Type is SessionPolicy.StartedClaim or "amr"))
        {
            identity.AddClaim(new Claim(carried.Type, carried.Value));
        }

        await http.SignInAsync(IdentityConstants.BearerScheme, principal);
        return TypedResults.Empty;
    }
}
