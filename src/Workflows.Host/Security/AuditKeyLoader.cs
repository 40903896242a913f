using Astra.Workflows.Modules.Cases.Privacy;
using Astra.Workflows.Modules.Platform.Audit;

namespace Astra.Workflows.Host.Security;

/// <summary>
/// Finds the audit key: <c>Astra:Security:AuditKey</c> (base64) or <c>Astra:Security:AuditKeyFile</c>. Development
/// and Testing fall back to a generated key in <c>.data/audit.key</c>; anywhere else a missing key stops the host,
/// because a chain keyed with a throwaway key could never be verified again. Separate from the master key, so
/// rotating that one leaves the chain verifiable (ADR 0018).
/// </summary>
internal static class AuditKeyLoader
{
    public const string KeySetting = "Astra:Security:AuditKey";
    public const string FileSetting = "Astra:Security:AuditKeyFile";

    public static AuditKey Load(IConfiguration configuration, IHostEnvironment environment)
    {
        var inline = configuration[KeySetting];
        if (!string.IsNullOrWhiteSpace(inline))
        {
            return AuditKey.FromBase64(inline);
        }

        var file = configuration[FileSetting];
        if (!string.IsNullOrWhiteSpace(file))
        {
            return FromFile(Path.GetFullPath(file, environment.ContentRootPath));
        }

        if (!environment.IsDevelopment() && !environment.IsEnvironment("Testing"))
        {
            throw new InvalidOperationException(
                $"No audit key: set {FileSetting} (a file holding 32 random bytes in base64, e.g. from generate-master-key) or {KeySetting}. " +
                "The service does not start without it in this environment.");
        }

        var path = Path.Combine(environment.ContentRootPath, ".data", "audit.key");
        if (!File.Exists(path))
        {
            // Same format as a master key file: 32 random bytes in base64, owner-only, never overwritten.
            MasterKeyLoader.CreateKeyFile(path);
        }

        return FromFile(path);
    }

    private static AuditKey FromFile(string path) =>
        File.Exists(path)
            ? AuditKey.FromBase64(File.ReadAllText(path))
            : throw new InvalidOperationException($"The audit key file {path} does not exist.");
}
