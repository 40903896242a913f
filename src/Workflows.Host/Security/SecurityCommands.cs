using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Crypto;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Cases.Privacy;
using Npgsql;

namespace Astra.Workflows.Host.Security;

/// <summary>
/// Operator commands that run instead of the web host: <c>generate-master-key PATH</c>,
/// <c>rotate-master-key --new-key-file PATH</c>, <c>verify-audit</c>, <c>migrate</c> (see docs/security.md) and
/// <c>restore-drill</c> (docs/deployment.md; <c>create-admin</c> runs later, with the built services).
/// </summary>
internal static class SecurityCommands
{
    public static async Task<bool> TryRunAsync(WebApplicationBuilder builder, string connectionString, string[] args)
    {
        if (args.Length == 0 || args[0] is not ("generate-master-key" or "rotate-master-key" or "verify-audit" or "migrate" or Operations.RestoreDrill.Name))
        {
            return false;
        }

        try
        {
            Environment.ExitCode = args[0] switch
            {
                "generate-master-key" => GenerateKey(args),
                "rotate-master-key" => await RotateAsync(builder, connectionString, args),
                "migrate" => await MigrateAsync(builder, connectionString),
                Operations.RestoreDrill.Name => await Operations.RestoreDrill.RunAsync(builder.Configuration, args, TimeProvider.System),
                _ => await VerifyAuditAsync(builder, connectionString),
            };
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.InvalidSchemaName)
        {
            Console.Error.WriteLine("The database has no AstraWorkflows tables yet: run the migrate command first (docs/deployment.md), or start a Development host once.");
            Environment.ExitCode = 1;
        }

        return true;
    }

    private static int GenerateKey(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: generate-master-key PATH");
            return 2;
        }

        if (!MasterKeyLoader.CreateKeyFile(args[1]))
        {
            Console.Error.WriteLine($"{args[1]} exists; not overwritten.");
            return 1;
        }

        Console.WriteLine($"New master key written to {args[1]} (owner read/write only). Keep a copy offline.");
        return 0;
    }

    private static async Task<int> RotateAsync(WebApplicationBuilder builder, string connectionString, string[] args)
    {
        var at = Array.IndexOf(args, "--new-key-file");
        if (at < 0 || at + 1 >= args.Length)
        {
            Console.Error.WriteLine("usage: rotate-master-key --new-key-file PATH");
            return 2;
        }

        var current = MasterKeyLoader.Load(builder.Configuration, builder.Environment);
        var next = MasterKeyLoader.FromFile(Path.GetFullPath(args[at + 1]));
        await using var services = CommandServices(connectionString);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var foreign = await ClientIdentityRotation.CountForeignAsync(db, current, next);
        var rotations = scope.ServiceProvider.GetServices<ISealedRecordRotation>();
        foreach (var (records, count) in await SealedRecordRotations.RunAsync(rotations, db, current, next))
        {
            Console.WriteLine($"Re-wrapped {count} {records} data keys from key {current.Id} to key {next.Id}.");
        }

        var sessionKeys = await DataProtectionKeyReseal.ResealAsync(db, current, next);
        Console.WriteLine($"Re-sealed {sessionKeys} Data Protection keys.");
        if (foreign > 0)
        {
            Console.Error.WriteLine($"{foreign} rows are under neither key; rotate them with the key they were wrapped under.");
            return 1;
        }

        Console.WriteLine($"Now point {MasterKeyLoader.FileSetting} at the new file, restart, then destroy the old key.");
        return 0;
    }

    /// <summary>Same check as POST /api/admin/audit/verify: the keyed chain, then the newest anchor.</summary>
    private static async Task<int> VerifyAuditAsync(WebApplicationBuilder builder, string connectionString)
    {
        var key = AuditKeyLoader.Load(builder.Configuration, builder.Environment);
        var anchor = await AuditAnchorStore.FromConfiguration(builder.Configuration, builder.Environment).ReadNewestAsync(CancellationToken.None);
        await using var services = CommandServices(connectionString);
        await using var scope = services.CreateAsyncScope();
        var result = await AuditChainVerifier.VerifyAsync(scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>(), key, anchor);
        if (result.IsIntact)
        {
            Console.WriteLine(anchor is null
                ? $"Audit chain intact: {result.RowsChecked} rows. No anchor written yet."
                : $"Audit chain intact: {result.RowsChecked} rows; matches the anchor at row {anchor.RowId} ({anchor.At:O}).");
            return 0;
        }

        if (result.FirstBrokenId is not null)
        {
            Console.Error.WriteLine($"Audit chain BROKEN at row {result.FirstBrokenId} ({result.RowsChecked} rows before it are intact).");
        }

        if (result.AnchorProblem is not null)
        {
            Console.Error.WriteLine($"Audit log does NOT match its newest anchor (row {result.AnchorRowId}): {result.AnchorProblem}.");
        }

        return 1;
    }

    /// <summary>Migrations as ConnectionStrings:AstraOwner, Hangfire's schema, grants to the runtime login; then exits.</summary>
    private static async Task<int> MigrateAsync(WebApplicationBuilder builder, string connectionString)
    {
        using var logging = LoggerFactory.Create(l => l.AddConsole());
        await Startup.DatabaseSetup.MigrateAsync(builder.Configuration, connectionString, logging.CreateLogger("migrate"));
        Console.WriteLine("Database migrated; the runtime login has its grants.");
        return 0;
    }

    private static ServiceProvider CommandServices(string connectionString) =>
        new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddWorkflowsPersistence(connectionString)
            .AddSealedRecordRotations()
            .BuildServiceProvider();
}
