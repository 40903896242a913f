namespace Astra.Workflows.Host.Startup;

/// <summary>
/// Settings that weaken the service for local work. Outside Development and Testing the host refuses to start with
/// any of them, naming each, rather than run an unsafe service that looks healthy.
/// </summary>
internal static class SafetySwitches
{
    public static WebApplicationBuilder RefuseUnsafeSwitches(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var refused = Refused(builder.Configuration, builder.Environment);
        if (refused.Count > 0)
        {
            throw new InvalidOperationException(
                $"Refusing to start in environment '{builder.Environment.EnvironmentName}': " + string.Join(" ", refused) +
                " These are allowed only in Development and Testing.");
        }

        return builder;
    }

    public static IReadOnlyList<string> Refused(IConfiguration configuration, IHostEnvironment environment)
    {
        if (DevelopmentLike.Is(environment))
        {
            return [];
        }

        var refused = new List<string>();
        if (configuration.GetValue("Astra:Demo:Seed", false))
        {
            refused.Add("Astra:Demo:Seed=true (demo accounts share one known password).");
        }

        if (!configuration.GetValue("Astra:Security:RequireTwoFactor", true))
        {
            refused.Add("Astra:Security:RequireTwoFactor=false (every role sees case data).");
        }

        // Links in e-mails and the calendar-feed address (whose token is a credential) are built from it.
        var publicUrl = configuration["Astra:PublicUrl"];
        if (!Uri.TryCreate(publicUrl, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
        {
            refused.Add($"Astra:PublicUrl={publicUrl} (must be an https:// address: feed tokens and links travel in it).");
        }

        return refused;
    }
}
