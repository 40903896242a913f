namespace Astra.Workflows.Modules.Users.Auth;

/// <summary>The rate-limit policy on the sign-in endpoints; the host registers the limiter under this name.</summary>
public static class SignInRateLimit
{
    public const string Policy = "sign-in";
}
