using Astra.Workflows.Modules.Platform.Bursts;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Idempotency;
using System.Text.Json;
using Astra.Workflows.Engine.Ports;
using Astra.Workflows.Engine.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Astra.Workflows.Modules.Definitions.InstanceStorage;

/// <summary>
/// Commits a whole burst in one PostgreSQL transaction: the instance row (only if its version is still the
/// expected one), consumed and new bookmarks, timers, journal, the side effects (each through its module's
/// handler) and the idempotency record. A lost race rolls the whole burst back as a conflict, a module's refusal as a veto.
/// The hot path is plain Npgsql with prepared, batched statements and no change tracking (ADR 0048).
/// </summary>
public sealed partial class PostgresInstanceStore(
    IDbContextFactory<WorkflowsDbContext> contexts,
    SideEffectHandlers sideEffectHandlers,
    IEnumerable<IBurstTransactionStep> steps,
    IEnumerable<IBurstStatementStep> statementSteps,
    IEnumerable<IAfterBurstCommit> afterCommit,
    TimeProvider time,
    ILogger<PostgresInstanceStore> logger) : IInstanceStore
{
    private readonly IBurstTransactionStep[] transactionSteps = [.. steps];
    private readonly IBurstStatementStep[] batchSteps = [.. statementSteps];
    private string? connectionString;

    /// <summary>
    /// The connection string EF's contexts use, read once from one of them: a burst's connection opened with it comes
    /// from the same Npgsql pool (the pool is keyed by the string), with no context built per burst.
    /// </summary>
    private string ConnectionString
    {
        get
        {
            if (connectionString is null)
            {
                using var db = contexts.CreateDbContext();
                connectionString = db.Database.GetConnectionString()
                    ?? throw new InvalidOperationException("The workflows database context has no connection string.");
            }

            return connectionString;
        }
    }

    public async Task<WorkflowInstance?> LoadAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var state = await db.Instances.AsNoTracking().Where(i => i.Id == instanceId).Select(i => i.State).FirstOrDefaultAsync(cancellationToken);
        return state is null ? null : JsonSerializer.Deserialize<WorkflowInstance>(state, StateJson.Options);
    }

    public async Task<CommitOutcome> CommitAsync(BurstResult burst, IdempotencyRecord? idempotency, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(burst);
        var outcome = await WriteAsync(burst, idempotency, cancellationToken);
        if (outcome == CommitOutcome.Committed)
        {
            await AfterCommitAsync(burst, cancellationToken);
        }

        return outcome;
    }

    public async Task<IInstanceSession?> OpenAsync(Guid instanceId, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        // A request waiting for a busy instance waits here, between attempts, holding no pooled connection:
        // a blocking FOR UPDATE would keep one per waiter and exhaust max_connections across nodes (ADR 0021).
        var waited = TimeSpan.Zero;
        for (var attempt = 0; ; attempt++)
        {
            if (await TryOpenAsync(instanceId, idempotencyKey, cancellationToken) is { } opened)
            {
                return opened.Session;
            }

            var pause = InstanceLockBackoff.Pause(attempt);
            if (waited + pause > InstanceLockBackoff.Bound)
            {
                throw new InstanceBusyException(instanceId, InstanceLockBackoff.RetryAfter);
            }

            // Wall-clock pacing of retries, not a reading of domain time: it must pass even under a test clock.
            await Task.Delay(pause, cancellationToken);
            waited += pause;
        }
    }

    /// <summary>
    /// One NOWAIT attempt, in one round trip: BEGIN, the row lock with the state, and the key's earlier answer
    /// (read after the lock is held). The session, no session (instance missing), or null when the row is locked.
    /// </summary>
    private async Task<OpenAttempt?> TryOpenAsync(Guid instanceId, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var connection = await BurstConnection.OpenAsync(contexts, ConnectionString, cancellationToken);
        try
        {
            byte[]? state;
            string? answer = null;
            try
            {
                // Plain Npgsql: a refused lock is an expected answer here, not an error for EF to log.
                await using var batch = BurstStatements.Open(connection.Connection, connection.Transaction, instanceId, idempotencyKey);
                await batch.PrepareAsync(cancellationToken);
                await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
                // The state as UTF-8 bytes (jsonb's text without its version byte): deserialised without a string in between.
                state = await reader.ReadAsync(cancellationToken) ? reader.GetFieldValue<byte[]>(0) : null;
                if (idempotencyKey is not null && await reader.NextResultAsync(cancellationToken) && await reader.ReadAsync(cancellationToken) && !reader.IsDBNull(0))
                {
                    answer = reader.GetString(0);
                }
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable)
            {
                await connection.DisposeAsync();
                return null;
            }

            if (state is null)
            {
                await connection.DisposeAsync();
                return new OpenAttempt(null);
            }

            var instance = JsonSerializer.Deserialize<WorkflowInstance>(state, StateJson.Options)!;
            return new OpenAttempt(new PostgresInstanceSession(this, connection, instance, idempotencyKey, answer));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed record OpenAttempt(IInstanceSession? Session);

    internal async Task AfterCommitAsync(BurstResult burst, CancellationToken cancellationToken)
    {
        foreach (var step in afterCommit)
        {
            try
            {
                await step.AfterCommitAsync(burst, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Committed state is safe; the step's sweep picks up what it left undone.
                LogAfterCommitFailed(logger, e, step.GetType().Name, burst.Instance.Id);
            }
        }
    }

    public async Task<ResumeResult?> FindIdempotentResultAsync(string idempotencyKey, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.IdempotencyKeys.AsNoTracking().Where(k => k.Key == idempotencyKey).Select(k => k.Result).FirstOrDefaultAsync(cancellationToken);
        return ReadAnswer(stored);
    }

    internal static ResumeResult? ReadAnswer(string? stored) =>
        stored is null ? null : JsonSerializer.Deserialize<StoredResumeResult>(stored, StateJson.Options)!.ToResult();

    public async Task<IReadOnlyList<Bookmark>> FindBookmarksAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Bookmarks.AsNoTracking().Where(b => b.Key == key).OrderBy(b => b.CreatedAt).ToListAsync(cancellationToken);
        return rows.Select(b => new Bookmark(b.Id, b.InstanceId, Guid.Empty, b.ActivityId, string.Empty, b.Kind, b.Key, b.DueAt, b.CreatedAt)).ToList();
    }

    private async Task<CommitOutcome> WriteAsync(BurstResult burst, IdempotencyRecord? idempotency, CancellationToken cancellationToken)
    {
        await using var connection = await BurstConnection.OpenAsync(contexts, ConnectionString, cancellationToken);
        return await FinishAsync(connection, burst, idempotency, cancellationToken);
    }

    /// <summary>
    /// The one place where every burst's commit finishes (a start's and a session's alike): writes, then COMMIT
    /// or ROLLBACK. The outcome returned here is final — committed, conflict, stale or vetoed — so a counter of bursts
    /// committed and conflicts belongs here. After-commit steps run after this, outside the transaction.
    /// When no module has work in the burst, COMMIT travels at the end of the write batch (ADR 0053): the batch's
    /// own checks fail it before the COMMIT is reached, so a burst that must not commit never does.
    /// </summary>
    internal async Task<CommitOutcome> FinishAsync(BurstConnection connection, BurstResult burst, IdempotencyRecord? idempotency, CancellationToken cancellationToken)
    {
        var moduleWork = burst.SideEffects.Count > 0 || AnyStepAppliesTo(burst);
        var outcome = await ApplyAsync(connection, burst, idempotency, commitInBatch: !moduleWork, cancellationToken);
        if (outcome != CommitOutcome.Committed)
        {
            // A refused burst's batch failed before its COMMIT, or kept none: the transaction is still open.
            await connection.Transaction.RollbackAsync(cancellationToken);
        }
        else if (moduleWork)
        {
            await connection.Transaction.CommitAsync(cancellationToken);
        }

        return outcome;
    }

    /// <summary>
    /// Writes the burst into the open transaction. The engine's own rows go in one prepared batch (one round trip);
    /// EF is brought in, on the same connection and transaction, only when modules have work in the burst (side effects,
    /// transaction steps), and saves their rows after the burst's own, so theirs may refer to the bookmark rows.
    /// </summary>
    private async Task<CommitOutcome> ApplyAsync(
        BurstConnection connection, BurstResult burst, IdempotencyRecord? idempotency, bool commitInBatch, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        using var state = PooledJson.Of(burst.Instance, StateJson.Options);
        using var answer = idempotency is null ? null : PooledJson.Of(StoredResumeResult.From(idempotency.Result, burst.Instance.Id), StateJson.Options);
        await using (var batch = BurstStatements.Writes(connection.Connection, connection.Transaction, burst, state.Utf8, answer?.Utf8, idempotency, now))
        {
            foreach (var step in batchSteps)
            {
                if (step.StatementFor(burst, now) is { } statement)
                {
                    batch.BatchCommands.Add(statement);
                }
            }

            if (commitInBatch)
            {
                BurstStatements.AddCommit(batch);
            }

            try
            {
                // A no-op on a pooled connection that has prepared these texts before.
                await batch.PrepareAsync(cancellationToken);
                await batch.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (PostgresException e) when (BurstStatements.Outcome(burst, e) is { } refused)
            {
                return refused;
            }
        }

        if (commitInBatch)
        {
            return CommitOutcome.Committed;
        }

        var db = await connection.EnlistContextAsync(cancellationToken);
        var write = new BurstWrite(db, burst, now);
        foreach (var effect in burst.SideEffects)
        {
            if (await sideEffectHandlers.For(effect).WriteAsync(write, effect, cancellationToken) is { } veto)
            {
                LogVetoed(logger, burst.Instance.Id, effect.GetType().Name, veto.Reason);
                return CommitOutcome.Vetoed;
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return CommitOutcome.Conflict;
        }

        foreach (var step in transactionSteps)
        {
            if (step.AppliesTo(burst) && !await step.ApplyAsync(db, burst, now, cancellationToken))
            {
                return CommitOutcome.Conflict;
            }
        }

        return CommitOutcome.Committed;
    }

    private bool AnyStepAppliesTo(BurstResult burst)
    {
        foreach (var step in transactionSteps)
        {
            if (step.AppliesTo(burst))
            {
                return true;
            }
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "After-commit step {Step} failed for instance {InstanceId}; its sweep will retry")]
    private static partial void LogAfterCommitFailed(ILogger logger, Exception exception, string step, Guid instanceId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Burst of instance {InstanceId} vetoed by the handler of {Effect}: {Reason}")]
    private static partial void LogVetoed(ILogger logger, Guid instanceId, string effect, string reason);
}
