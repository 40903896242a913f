namespace Astra.Workflows.Host.Security;

internal static class KeySetup
{
    /// <summary>Loads the master and audit keys now, so a host without them fails at start rather than at the first client.</summary>
    public static IServiceCollection AddKeys(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton(MasterKeyLoader.Load(configuration, environment));
        services.AddSingleton(AuditKeyLoader.Load(configuration, environment));
        return services;
    }
}
