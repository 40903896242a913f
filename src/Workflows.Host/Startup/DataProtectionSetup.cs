using Astra.Workflows.Host.Security;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Crypto;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace Astra.Workflows.Host.Startup;

/// <summary>
/// Data Protection (cookies, bearer and refresh tokens, antiforgery) keeps its key ring in the database so every node
/// and every restart shares it, each key sealed under the master key (ADR 0019).
/// </summary>
internal static class DataProtectionSetup
{
    /// <summary>Fixed, so nodes installed in different folders still share keys (the default is the content root path).</summary>
    public const string ApplicationName = "AstraWorkflows";

    public static IServiceCollection AddWorkflowsDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<WorkflowsDbContext>();
        services.AddOptions<KeyManagementOptions>()
            .Configure<MasterKey>((options, masterKey) => options.XmlEncryptor = new MasterKeyXmlEncryptor(masterKey));
        return services;
    }
}
