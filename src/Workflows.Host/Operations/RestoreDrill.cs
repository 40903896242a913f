using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Xml.Linq;
using Astra.Workflows.Host.Security;
using Astra.Workflows.Modules.Cases.Privacy;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Crypto;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Astra.Workflows.Host.Operations;

/// <summary>
/// <c>restore-drill --backup FILE --key-backup DIR [--server CONNECTION] [--keep]</c> (docs/deployment.md, ADR 0050):
/// restores a nightly dump into a scratch database and proves it is usable — the file is the one the backup wrote,
/// every table has the row count it had when dumped, the audit chain verifies under the backed-up audit key, and the
/// backed-up master key opens client identities and the Data Protection keys. Prints every check; exit 1 on any
/// failure. The scratch database is dropped afterwards unless <c>--keep</c>.
/// </summary>
internal static class RestoreDrill
{
    public const string Name = "restore-drill";
    public const string MasterKeyPattern = "master*.key";
    public const string AuditKeyFile = "audit.key";

    public const string Warning =
        "A backup without the key backup is useless by design: client identities, sign-in keys and the audit chain " +
        "can only be read with the master key and the audit key, which are never in the database. Keep both apart.";

    public static async Task<int> RunAsync(IConfiguration configuration, string[] args, TimeProvider time)
    {
        var backup = Option(args, "--backup");
        var keyFolder = Option(args, "--key-backup");
        var server = Option(args, "--server") ?? configuration.GetConnectionString(Startup.DatabaseSetup.OwnerConnectionName);
        if (backup is null || keyFolder is null || string.IsNullOrWhiteSpace(server))
        {
            Console.Error.WriteLine($"usage: {Name} --backup FILE --key-backup DIR [--server CONNECTION] [--keep]");
            Console.Error.WriteLine("  DIR holds master*.key (every master key still in use) and audit.key; CONNECTION defaults to");
            Console.Error.WriteLine("  ConnectionStrings:AstraOwner, a role allowed to CREATE DATABASE.");
            return 2;
        }

        Console.WriteLine($"NOTE: {Warning}");
        var report = new DrillReport();
        var scratch = $"astra_drill_{time.GetUtcNow():yyyyMMddHHmmss}";
        var manifest = CheckFile(report, backup);
        var (masterKeys, auditKey) = LoadKeys(report, keyFolder);
        if (report.Failed)
        {
            return report.Finish();
        }

        var admin = new NpgsqlConnectionStringBuilder(server) { Pooling = false };
        var scratchConnection = new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = scratch }.ConnectionString;
        try
        {
            await ExecuteAsync(admin.ConnectionString, $"CREATE DATABASE \"{scratch}\"");
            if (!await RestoreAsync(report, admin, scratch, backup))
            {
                return report.Finish();
            }

            await using var services = new ServiceCollection().AddWorkflowsPersistence(scratchConnection).BuildServiceProvider();
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            await CheckRowsAsync(report, scratchConnection, manifest!);
            await CheckAuditAsync(report, db, auditKey!);
            await CheckIdentitiesAsync(report, db, masterKeys);
            await CheckDataProtectionAsync(report, db, masterKeys);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or IOException)
        {
            report.Fail($"the drill stopped: {e.Message}");
        }
        finally
        {
            if (args.Contains("--keep"))
            {
                Console.WriteLine($"Scratch database {scratch} kept (drop it with: DROP DATABASE \"{scratch}\").");
            }
            else
            {
                NpgsqlConnection.ClearAllPools();
                await ExecuteAsync(admin.ConnectionString, $"DROP DATABASE IF EXISTS \"{scratch}\" WITH (FORCE)");
                Console.WriteLine($"Scratch database {scratch} dropped.");
            }
        }

        return report.Finish();
    }

    private static BackupManifest? CheckFile(DrillReport report, string backup)
    {
        if (!File.Exists(backup))
        {
            report.Fail($"backup file {backup} does not exist");
            return null;
        }

        var manifestPath = backup + ".manifest";
        if (!File.Exists(manifestPath))
        {
            report.Fail($"no manifest {manifestPath} beside the backup (astra-backup.sh writes it)");
            return null;
        }

        BackupManifest manifest;
        try
        {
            manifest = BackupManifest.Read(manifestPath);
        }
        catch (InvalidDataException e)
        {
            report.Fail(e.Message);
            return null;
        }

        using var stream = File.OpenRead(backup);
        var sha = Convert.ToHexStringLower(SHA256.HashData(stream));
        report.Check(sha == manifest.Sha256, $"backup file is intact (SHA-256 {sha[..16]}… as in its manifest, {new FileInfo(backup).Length:N0} bytes)",
            $"backup file's SHA-256 {sha} differs from its manifest's {manifest.Sha256}: the file is damaged or not the one dumped");
        return manifest;
    }

    private static (List<MasterKey> MasterKeys, AuditKey? AuditKey) LoadKeys(DrillReport report, string folder)
    {
        var masterKeys = new List<MasterKey>();
        AuditKey? auditKey = null;
        if (!Directory.Exists(folder))
        {
            report.Fail($"key backup folder {folder} does not exist. {Warning}");
            return (masterKeys, auditKey);
        }

        foreach (var file in Directory.GetFiles(folder, MasterKeyPattern).Order(StringComparer.Ordinal))
        {
            try
            {
                masterKeys.Add(MasterKey.FromBase64(File.ReadAllText(file)));
            }
            catch (InvalidOperationException e)
            {
                report.Fail($"{file}: {e.Message}");
            }
        }

        report.Check(masterKeys.Count > 0, $"key backup holds {masterKeys.Count} master key(s) ({string.Join(", ", masterKeys.Select(k => k.Id))})",
            $"key backup {folder} holds no {MasterKeyPattern}. {Warning}");
        var auditPath = Path.Combine(folder, AuditKeyFile);
        if (File.Exists(auditPath))
        {
            try
            {
                auditKey = AuditKey.FromBase64(File.ReadAllText(auditPath));
            }
            catch (InvalidOperationException e)
            {
                report.Fail($"{auditPath}: {e.Message}");
            }
        }

        report.Check(auditKey is not null, $"key backup holds the audit key (id {auditKey?.Id})", $"key backup {folder} holds no {AuditKeyFile}. {Warning}");
        return (masterKeys, auditKey);
    }

    private static async Task<bool> RestoreAsync(DrillReport report, NpgsqlConnectionStringBuilder admin, string scratch, string backup)
    {
        var start = new ProcessStartInfo(PgRestore())
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        // No owner or grants from the dump: the scratch copy belongs to whoever runs the drill.
        foreach (var argument in new[] { "--no-owner", "--no-privileges", "--exit-on-error", "--dbname", scratch, backup })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGHOST"] = admin.Host;
        start.Environment["PGPORT"] = admin.Port.ToString(CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = admin.Username;
        if (admin.Password is not null)
        {
            start.Environment["PGPASSWORD"] = admin.Password;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pg_restore did not start.");
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return report.Check(process.ExitCode == 0, $"pg_restore into scratch database {scratch} ({clock.Elapsed.TotalSeconds:0.0} s)",
            $"pg_restore exited {process.ExitCode}: {(await errors).Trim()}");
    }

    private static async Task CheckRowsAsync(DrillReport report, string connectionString, BackupManifest manifest)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var differing = new List<string>();
        long total = 0;
        foreach (var (table, expected) in manifest.Rows)
        {
            var dot = table.IndexOf('.', StringComparison.Ordinal);
            var quoted = $"\"{table[..dot].Replace("\"", "\"\"", StringComparison.Ordinal)}\".\"{table[(dot + 1)..].Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            long actual;
            try
            {
                await using var count = new NpgsqlCommand($"SELECT count(*) FROM {quoted}", connection);
                actual = (long)(await count.ExecuteScalarAsync())!;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
            {
                differing.Add($"{table} missing");
                continue;
            }

            total += actual;
            if (actual != expected)
            {
                differing.Add($"{table} {actual} (dumped {expected})");
            }
        }

        report.Check(differing.Count == 0, $"row counts of all {manifest.Rows.Count} tables match the dump ({total:N0} rows)",
            $"row counts differ from the dump: {string.Join("; ", differing)}");
        string[] key = ["astra.cases", "astra.client_identities", "astra.workflow_instances", "astra.tasks", "astra.hotline_contacts", "astra.AspNetUsers", "astra.audit_log"];
        Console.WriteLine("       " + string.Join(", ", key.Where(manifest.Rows.ContainsKey).Select(t => $"{t[6..]} {manifest.Rows[t]:N0}")));
        report.Check(manifest.Rows.GetValueOrDefault("astra.AspNetUsers") > 0 && manifest.Rows.GetValueOrDefault("astra.audit_log") > 0,
            "the backup has user accounts and audit rows", "the backup has no user accounts or no audit rows: it is not a backup of a service in use");
    }

    private static async Task CheckAuditAsync(DrillReport report, WorkflowsDbContext db, AuditKey key)
    {
        var result = await AuditChainVerifier.VerifyAsync(db, key);
        report.Check(result.IsIntact, $"audit chain verifies under the backed-up audit key ({result.RowsChecked:N0} rows)",
            result.FirstBrokenId is { } broken
                ? $"audit chain BROKEN at row {broken} ({result.RowsChecked} rows before it intact) — wrong audit key, or the log was altered"
                : $"audit chain does not verify: {result.AnchorProblem}");
    }

    private static async Task CheckIdentitiesAsync(DrillReport report, WorkflowsDbContext db, List<MasterKey> keys)
    {
        // One identity per master key id in use: every one of them must be openable with the key backup.
        var groups = await db.Set<ClientIdentityEntity>().AsNoTracking()
            .GroupBy(c => c.MasterKeyId)
            .Select(g => new { KeyId = g.Key, Count = g.Count() })
            .ToListAsync();
        if (groups.Count == 0)
        {
            Console.WriteLine("  --   no encrypted client identity in this backup (nothing to decrypt)");
            return;
        }

        foreach (var group in groups)
        {
            var key = keys.FirstOrDefault(k => k.Id == group.KeyId);
            if (key is null)
            {
                report.Fail($"{group.Count} client identities are under master key {group.KeyId}, which the key backup does not hold. {Warning}");
                continue;
            }

            try
            {
                var row = await db.Set<ClientIdentityEntity>().AsNoTracking().Where(c => c.MasterKeyId == group.KeyId).OrderBy(c => c.CaseId).FirstAsync();
                var identity = ClientIdentityCodec.Open(row, key);
                // The name itself is never printed: that it opens and has a name is the proof.
                report.Check(!string.IsNullOrWhiteSpace(identity.FullName),
                    $"an encrypted client identity decrypts with master key {key.Id} ({group.Count} identities under that key)",
                    $"a client identity under master key {key.Id} decrypted to an empty record");
            }
            catch (CryptographicException)
            {
                report.Fail($"a client identity under master key {key.Id} does not decrypt: the row is damaged");
            }
        }
    }

    private static async Task CheckDataProtectionAsync(DrillReport report, WorkflowsDbContext db, List<MasterKey> keys)
    {
        var opened = 0;
        var failed = new List<string>();
        foreach (var row in await db.DataProtectionKeys.AsNoTracking().ToListAsync())
        {
            foreach (var element in XElement.Parse(row.Xml ?? "<none/>").Descendants(MasterKeyXmlEncryptor.ElementName))
            {
                var keyId = (string?)element.Attribute("masterKeyId");
                var key = keys.FirstOrDefault(k => k.Id == keyId);
                try
                {
                    if (key is null)
                    {
                        failed.Add($"sealed under master key {keyId}, not in the key backup");
                        continue;
                    }

                    MasterKeyXmlDecryptor.Open(key, element);
                    opened++;
                }
                catch (CryptographicException e)
                {
                    failed.Add(e.Message);
                }
            }
        }

        report.Check(failed.Count == 0 && opened > 0, $"{opened} Data Protection (sign-in) key(s) open with the backed-up master key",
            opened == 0 && failed.Count == 0 ? "the backup holds no Data Protection key" : $"Data Protection keys do not open: {string.Join("; ", failed)}");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>On PATH (Debian's wrapper), else the newest server's own.</summary>
    private static string PgRestore()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            if (File.Exists(Path.Combine(dir, "pg_restore")))
            {
                return Path.Combine(dir, "pg_restore");
            }
        }

        return Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", "pg_restore")).Where(File.Exists).Order(StringComparer.Ordinal).LastOrDefault() ?? "pg_restore"
            : "pg_restore";
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
