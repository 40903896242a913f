using Astra.Workflows.Engine.Ports;
using Astra.Workflows.Engine.Runtime;
using Npgsql;
using NpgsqlTypes;

namespace Astra.Workflows.Modules.Definitions.InstanceStorage;

/// <summary>
/// A burst's transaction, opened with the instance row locked (and the idempotency key it was opened for already
/// looked up); disposing without committing rolls it back.
/// </summary>
internal sealed class PostgresInstanceSession(
    PostgresInstanceStore store, BurstConnection connection, WorkflowInstance instance, string? openedForKey, string? storedAnswer) : IInstanceSession
{
    private bool finished;

    public WorkflowInstance Instance { get; } = instance;

    public async Task<ResumeResult?> FindIdempotentResultAsync(string idempotencyKey, CancellationToken cancellationToken = default)
    {
        if (idempotencyKey == openedForKey)
        {
            return PostgresInstanceStore.ReadAnswer(storedAnswer);
        }

        await using var command = new NpgsqlCommand("SELECT result FROM astra.idempotency_keys WHERE key = $1", connection.Connection, connection.Transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = idempotencyKey, NpgsqlDbType = NpgsqlDbType.Text });
        return PostgresInstanceStore.ReadAnswer(await command.ExecuteScalarAsync(cancellationToken) as string);
    }

    public async Task<CommitOutcome> CommitAsync(BurstResult burst, IdempotencyRecord? idempotency, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(burst);
        ObjectDisposedException.ThrowIf(finished, this);
        finished = true;
        var outcome = await store.FinishAsync(connection, burst, idempotency, cancellationToken);
        if (outcome == CommitOutcome.Committed)
        {
            await store.AfterCommitAsync(burst, cancellationToken);
        }

        return outcome;
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
