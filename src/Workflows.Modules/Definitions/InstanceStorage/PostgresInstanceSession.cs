using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Engine.Ports;
using Astra.Workflows.Engine.Runtime;
using Microsoft.EntityFrameworkCore.Storage;

namespace Astra.Workflows.Modules.Definitions.InstanceStorage;

/// <summary>A burst's transaction, opened with the instance row locked; disposing without committing rolls it back.</summary>
internal sealed class PostgresInstanceSession(
    PostgresInstanceStore store, WorkflowsDbContext db, IDbContextTransaction transaction, WorkflowInstance instance) : IInstanceSession
{
    private bool finished;

    public WorkflowInstance Instance { get; } = instance;

    public Task<ResumeResult?> FindIdempotentResultAsync(string idempotencyKey, CancellationToken cancellationToken = default) =>
        PostgresInstanceStore.FindIdempotentResultAsync(db, idempotencyKey, cancellationToken);

    public async Task<CommitOutcome> CommitAsync(BurstResult burst, IdempotencyRecord? idempotency, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(burst);
        ObjectDisposedException.ThrowIf(finished, this);
        finished = true;
        var outcome = await store.ApplyAsync(db, burst, idempotency, cancellationToken);
        if (outcome != CommitOutcome.Committed)
        {
            await transaction.RollbackAsync(cancellationToken);
            return outcome;
        }

        await transaction.CommitAsync(cancellationToken);
        await store.AfterCommitAsync(burst, cancellationToken);
        return outcome;
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await db.DisposeAsync();
    }
}
