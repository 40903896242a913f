using Astra.Workflows.Persistence;
using Astra.Workflows.Persistence.Privacy;
using Npgsql;

namespace Astra.Workflows.Host.Security;

/// <summary>
/// Operator commands that run instead of the web host: <c>generate-master-key PATH</c>,
/// <c>rotate-master-key --new-key-file PATH</c> and <c>verify-audit</c> (see docs/security.md).
/// </summary>
internal static class SecurityCommands
{
    public static async Task<bool> TryRunAsync(WebApplicationBuilder builder, string connectionString, string[] args)
    {
        if (args.Length == 0 || args[0] is not ("generate-master-key" or "rotate-master-key" or "verify-audit"))
        {
            return false;
        }

        try
        {
            Environment.ExitCode = args[0] switch
            {
                "generate-master-key" => GenerateKey(args),
                "rotate-master-key" => await RotateAsync(builder, connectionString, args),
                _ => await VerifyAuditAsync(connectionString),
            };
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.InvalidSchemaName)
        {
            Console.Error.WriteLine("The database has no AstraWorkflows tables yet; start the service once so it applies its migrations.");
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
        var foreign = await MasterKeyRotation.CountForeignAsync(db, current, next);
        var count = await MasterKeyRotation.RewrapAllAsync(db, current, next, TimeProvider.System);
        Console.WriteLine($"Re-wrapped {count} client data keys from key {current.Id} to key {next.Id}.");
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

    private static async Task<int> VerifyAuditAsync(string connectionString)
    {
        await using var services = CommandServices(connectionString);
        await using var scope = services.CreateAsyncScope();
        var result = await AuditChainVerifier.VerifyAsync(scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>());
        if (result.IsIntact)
        {
            Console.WriteLine($"Audit chain intact: {result.RowsChecked} rows.");
            return 0;
        }

        Console.Error.WriteLine($"Audit chain BROKEN at row {result.FirstBrokenId} ({result.RowsChecked} rows before it are intact).");
        return 1;
    }

    private static ServiceProvider CommandServices(string connectionString) =>
        new ServiceCollection().AddWorkflowsPersistence(connectionString).BuildServiceProvider();
}
