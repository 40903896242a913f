using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Astra.Workflows.Modules.Definitions.InstanceStorage;

/// <summary>
/// One burst's connection and transaction. The connection comes from an EF context, so it is drawn from the same
/// pool as every other use of the database (ADR 0021's pool arithmetic holds); the context itself is only put to
/// work, enlisted in the same transaction, when a module's handler or step needs it.
/// </summary>
internal sealed class BurstConnection : IAsyncDisposable
{
    private readonly WorkflowsDbContext db;
    private bool enlisted;

    private BurstConnection(WorkflowsDbContext db, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        this.db = db;
        Connection = connection;
        Transaction = transaction;
    }

    public NpgsqlConnection Connection { get; }

    public NpgsqlTransaction Transaction { get; }

    /// <summary>Opens a pooled connection and begins the burst's transaction (BEGIN travels with the first statement).</summary>
    public static async Task<BurstConnection> OpenAsync(IDbContextFactory<WorkflowsDbContext> contexts, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await connection.OpenAsync(cancellationToken);
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            return new BurstConnection(db, connection, transaction);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>The EF context on this connection, joined to the burst's transaction.</summary>
    public async Task<WorkflowsDbContext> EnlistContextAsync(CancellationToken cancellationToken)
    {
        if (!enlisted)
        {
            // The whole burst is one transaction that either commits or is dropped: a savepoint inside it buys nothing.
            db.Database.AutoSavepointsEnabled = false;
            await db.Database.UseTransactionAsync(Transaction, cancellationToken);
            enlisted = true;
        }

        return db;
    }

    public async ValueTask DisposeAsync()
    {
        // Disposing an uncommitted transaction rolls it back; the context owns the connection and returns it to the pool.
        await Transaction.DisposeAsync();
        await db.DisposeAsync();
    }
}
