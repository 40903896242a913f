using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Users.Auth;

/// <summary>
/// A browser sends the sign-in cookie with any request, including one forged by another site; bearer tokens it
/// never sends by itself. So writes authenticated by the cookie alone must carry the antiforgery token
/// (header <c>X-XSRF-TOKEN</c>, fetched from <c>GET /api/auth/antiforgery</c>). Which scheme authenticated the
/// request decides, not which headers came with it: a cookie plus any <c>Authorization</c> header that is not a
/// valid bearer token is still a cookie request.
/// </summary>
internal sealed class CookieAntiforgery(RequestDelegate next, IAntiforgery antiforgery)
{
    public const string HeaderName = "X-XSRF-TOKEN";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var unsafeMethod = !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));
        var scheme = context.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Ticket?.AuthenticationScheme;
        var cookieOnly = scheme != IdentityConstants.BearerScheme
            && (scheme == IdentityConstants.ApplicationScheme || request.Cookies.ContainsKey(".AspNetCore.Identity.Application"));
        // Signing in (again, with a stale cookie) needs no token; managing the account does.
        var signIn = request.Path.StartsWithSegments("/api/auth") && !request.Path.StartsWithSegments("/api/auth/manage");
        if (unsafeMethod && cookieOnly && !signIn && request.Path.StartsWithSegments("/api") && !await antiforgery.IsRequestValidAsync(context))
        {
            await ApiProblems.Of(
                StatusCodes.Status400BadRequest,
                "Antiforgery token missing or invalid",
                $"Writes signed in by cookie need the {HeaderName} header from GET /api/auth/antiforgery.").ExecuteAsync(context);
            return;
        }

        await next(context);
    }
}
