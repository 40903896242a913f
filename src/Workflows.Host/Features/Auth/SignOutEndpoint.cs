using Microsoft.AspNetCore.Identity;

namespace Astra.Workflows.Host.Features.Auth;

internal static class SignOutEndpoint
{
    /// <summary>Identity's API has no sign-out; the web app signs in with a cookie and must be able to drop it.</summary>
    public static RouteGroupBuilder MapSignOutEndpoint(this RouteGroupBuilder auth)
    {
        auth.MapPost("/logout", async (SignInManager<Persistence.Identity.AppUser> signIn) =>
            {
                await signIn.SignOutAsync();
                return TypedResults.NoContent();
            })
            .AllowAnonymous()
            .WithName("SignOut");
        return auth;
    }
}
