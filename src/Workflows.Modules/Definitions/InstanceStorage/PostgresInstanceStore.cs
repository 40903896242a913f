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
/// </summary>
public sealed partial class PostgresInstanceStore(
    IDbContextFactory<WorkflowsDbContext> contexts,
    SideEffectHandlers sideEffectHandlers,
    IEnumerable<IBurstTransactionStep> transactionSteps,
    IEnumerable<IAfterBurstCommit> afterCommit,
    TimeProvider time,
    ILogger<PostgresInstanceStore> logger) : IInstanceStore
{
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
            if (await TryOpenAsync(instanceId, cancellationToken) is { } opened)
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

    /// <summary>One NOWAIT attempt: the session, no session (instance missing), or null when the row is locked.</summary>
    private async Task<OpenAttempt?> TryOpenAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var db = await CreateBurstContextAsync(cancellationToken);
        try
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            string? state;
            try
            {
                // Plain Npgsql: a refused lock is an expected answer here, not an error for EF to log.
                var connection = (NpgsqlConnection)db.Database.GetDbConnection();
                await using var command = new NpgsqlCommand("SELECT state FROM astra.workflow_instances WHERE id = @id FOR UPDATE NOWAIT", connection, (NpgsqlTransaction)transaction.GetDbTransaction());
                command.Parameters.AddWithValue("id", instanceId);
                state = await command.ExecuteScalarAsync(cancellationToken) as string;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable)
            {
                await transaction.DisposeAsync();
                await db.DisposeAsync();
                return null;
            }

            if (state is null)
            {
                await transaction.DisposeAsync();
                await db.DisposeAsync();
                return new OpenAttempt(null);
            }

            return new OpenAttempt(new PostgresInstanceSession(this, db, transaction, JsonSerializer.Deserialize<WorkflowInstance>(state, StateJson.Options)!));
        }
        catch
        {
            await db.DisposeAsync();
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
        return await FindIdempotentResultAsync(db, idempotencyKey, cancellationToken);
    }

    internal static async Task<ResumeResult?> FindIdempotentResultAsync(WorkflowsDbContext db, string idempotencyKey, CancellationToken cancellationToken)
    {
        var stored = await db.IdempotencyKeys.AsNoTracking().Where(k => k.Key == idempotencyKey).Select(k => k.Result).FirstOrDefaultAsync(cancellationToken);
        return stored is null ? null : JsonSerializer.Deserialize<StoredResumeResult>(stored, StateJson.Options)!.ToResult();
    }

    public async Task<IReadOnlyList<Bookmark>> FindBookmarksAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Bookmarks.AsNoTracking().Where(b => b.Key == key).OrderBy(b => b.CreatedAt).ToListAsync(cancellationToken);
        return rows.Select(b => new Bookmark(b.Id, b.InstanceId, Guid.Empty, b.ActivityId, string.Empty, b.Kind, b.Key, b.DueAt, b.CreatedAt)).ToList();
    }

    private async Task<CommitOutcome> WriteAsync(BurstResult burst, IdempotencyRecord? idempotency, CancellationToken cancellationToken)
    {
        await using var db = await CreateBurstContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var outcome = await ApplyAsync(db, burst, idempotency, cancellationToken);
        if (outcome == CommitOutcome.Committed)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return outcome;
    }

    internal async Task<WorkflowsDbContext> CreateBurstContextAsync(CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The whole burst is one transaction that either commits or is dropped: a savepoint inside it buys nothing.
        db.Database.AutoSavepointsEnabled = false;
        return db;
    }

    /// <summary>Writes the burst into the open transaction of <paramref name="db"/>; the caller commits on <see cref="CommitOutcome.Committed"/> and rolls back otherwise.</summary>
    internal async Task<CommitOutcome> ApplyAsync(WorkflowsDbContext db, BurstResult burst, IdempotencyRecord? idempotency, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var instance = burst.Instance;
        var state = JsonSerializer.Serialize(instance, StateJson.Options);

        if (burst.ExpectedVersion == 0)
        {
            db.Instances.Add(new InstanceEntity
            {
                Id = instance.Id,
                DefinitionId = instance.DefinitionId,
                DefinitionVersion = instance.DefinitionVersion,
                CaseId = instance.CaseId,
                Status = instance.Status.ToString(),
                State = state,
                Version = instance.Version,
                CreatedAt = instance.CreatedAt,
                UpdatedAt = instance.UpdatedAt,
                FinishedAt = instance.FinishedAt,
            });
        }
        else
        {
            // The row lock taken here serialises bursts of one instance; the version check rejects the loser.
            var updated = await db.Instances
                .Where(i => i.Id == instance.Id && i.Version == burst.ExpectedVersion)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(i => i.Status, instance.Status.ToString())
                    .SetProperty(i => i.State, state)
                    .SetProperty(i => i.Version, instance.Version)
                    .SetProperty(i => i.UpdatedAt, instance.UpdatedAt)
                    .SetProperty(i => i.FinishedAt, instance.FinishedAt), cancellationToken);
            if (updated == 0)
            {
                return CommitOutcome.Conflict;
            }
        }

        if (burst.BookmarksConsumed.Count > 0)
        {
            var consumed = burst.BookmarksConsumed.ToList();
            var deleted = await db.Bookmarks.Where(b => consumed.Contains(b.Id)).ExecuteDeleteAsync(cancellationToken);
            if (deleted != consumed.Count)
            {
                // A bookmark is consumed exactly once: if it is already gone, this burst must not apply.
                return CommitOutcome.Conflict;
            }

            await db.Timers.Where(t => consumed.Contains(t.BookmarkId)).ExecuteDeleteAsync(cancellationToken);
        }

        AddRows(db, burst, idempotency, now);
        // After the burst's own rows are tracked: a handler may look for the bookmark its effect belongs to.
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
            if (!await step.ApplyAsync(db, burst, now, cancellationToken))
            {
                return CommitOutcome.Conflict;
            }
        }

        return CommitOutcome.Committed;
    }

    private static void AddRows(WorkflowsDbContext db, BurstResult burst, IdempotencyRecord? idempotency, DateTimeOffset now)
    {
        var instance = burst.Instance;
        db.Bookmarks.AddRange(burst.BookmarksCreated.Select(b => new BookmarkEntity
        {
            Id = b.Id,
            InstanceId = b.InstanceId,
            Kind = b.Kind,
            Key = b.Key,
            ActivityId = b.ActivityId,
            DueAt = b.DueAt,
            CreatedAt = b.CreatedAt,
        }));
        db.Timers.AddRange(burst.Timers.Select(t => new TimerEntity { BookmarkId = t.BookmarkId, InstanceId = t.InstanceId, DueAt = t.DueAt, CreatedAt = now }));
        db.Journal.AddRange(burst.Journal.Select(j => new JournalEntity
        {
            InstanceId = j.InstanceId,
            Sequence = j.Sequence,
            CaseId = instance.CaseId,
            At = j.At,
            Kind = j.Kind.ToString(),
            ActivityId = j.ActivityId,
            ActivityType = j.ActivityType,
            Actor = j.Actor,
            Outcome = j.Outcome,
            Message = j.Message,
        }));
        if (idempotency is not null)
        {
            db.IdempotencyKeys.Add(new IdempotencyEntity
            {
                Key = idempotency.Key,
                InstanceId = instance.Id,
                Result = JsonSerializer.Serialize(StoredResumeResult.From(idempotency.Result, instance.Id), StateJson.Options),
                CreatedAt = now,
            });
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "After-commit step {Step} failed for instance {InstanceId}; its sweep will retry")]
    private static partial void LogAfterCommitFailed(ILogger logger, Exception exception, string step, Guid instanceId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Burst of instance {InstanceId} vetoed by the handler of {Effect}: {Reason}")]
    private static partial void LogVetoed(ILogger logger, Guid instanceId, string effect, string reason);
}
