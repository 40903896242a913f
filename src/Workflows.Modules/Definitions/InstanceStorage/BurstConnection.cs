using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Astra.Workflows.Modules.Definitions.InstanceStorage;

/// <summary>
/// One burst's connection and transaction. The connection is opened with the very connection string EF's contexts
/// use, so it is drawn from the same Npgsql pool as every other use of the database (ADR 0021's pool arithmetic
/// holds), without building a context only to borrow it. A context is created on this connection, enlisted in the
/// same transaction, only when a module's handler or step has work in the burst (ADR 0053).
/// </summary>
internal sealed class BurstConnection : IAsyncDisposable
{
    private readonly IDbContextFactory<WorkflowsDbContext> contexts;
    private WorkflowsDbContext? db;

    private BurstConnection(IDbContextFactory<WorkflowsDbContext> contexts, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        this.contexts = contexts;
        Connection = connection;
        Transaction = transaction;
    }

    public NpgsqlConnection Connection { get; }

    public NpgsqlTransaction Transaction { get; }

    /// <summary>Opens a pooled connection and begins the burst's transaction (BEGIN travels with the first statement).</summary>
    public static async Task<BurstConnection> OpenAsync(
        IDbContextFactory<WorkflowsDbContext> contexts, string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            return new BurstConnection(contexts, connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>An EF context on this connection, joined to the burst's transaction (created on first use).</summary>
    public async Task<WorkflowsDbContext> EnlistContextAsync(CancellationToken cancellationToken)
    {
        if (db is null)
        {
            var created = await contexts.CreateDbContextAsync(cancellationToken);
            try
            {
                created.Database.SetDbConnection(Connection, contextOwnsConnection: false);
                // The whole burst is one transaction that either commits or is dropped: a savepoint inside it buys nothing.
                created.Database.AutoSavepointsEnabled = false;
                await created.Database.UseTransactionAsync(Transaction, cancellationToken);
            }
            catch
            {
                await created.DisposeAsync();
                throw;
            }

            db = created;
        }

        return db;
    }

    public async ValueTask DisposeAsync()
    {
        // Disposing an uncommitted transaction rolls it back; closing the connection returns it to the pool.
        if (db is not null)
        {
            await db.DisposeAsync();
        }

        await Transaction.DisposeAsync();
        await Connection.DisposeAsync();
    }
}
