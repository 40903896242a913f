using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.AspNetCore.Identity;

namespace Astra.Workflows.Modules.Users.TwoFactor;

internal static class TwoFactorSetup
{
    public static IdentityBuilder AddReplayProtectedAuthenticator(this IdentityBuilder identity)
    {
        identity.Services.Configure<IdentityOptions>(o => o.Tokens.AuthenticatorTokenProvider = ReplayProtectedAuthenticatorTokenProvider.Name);
        return identity.AddTokenProvider<ReplayProtectedAuthenticatorTokenProvider>(ReplayProtectedAuthenticatorTokenProvider.Name);
    }

    public static WebApplication UseTwoFactorRequirement(this WebApplication app)
    {
        if (!TwoFactorRequirement.Required(app.Configuration) && app.Environment.IsProduction())
        {
            throw new InvalidOperationException("Astra:Security:RequireTwoFactor=false is refused in Production: every role sees case data.");
        }

        app.UseMiddleware<TwoFactorRequirement>();
        return app;
    }
}
