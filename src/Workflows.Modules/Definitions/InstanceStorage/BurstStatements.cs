using Astra.Workflows.Engine.Ports;
using Astra.Workflows.Engine.Runtime;
using Npgsql;
using NpgsqlTypes;

namespace Astra.Workflows.Modules.Definitions.InstanceStorage;

/// <summary>
/// The SQL of the burst hot path (ADR 0048): fixed statement texts, so each is prepared once per pooled connection
/// and reused (the pool keeps prepared statements because it does not reset connections), and rows of any count
/// go as arrays through <c>unnest</c>. Every parameter is typed, so a null never changes a prepared statement's types.
/// </summary>
internal static class BurstStatements
{
    private const string LockInstance = "SELECT state FROM astra.workflow_instances WHERE id = $1 FOR UPDATE NOWAIT";
    private const string ReadAnswer = "SELECT result FROM astra.idempotency_keys WHERE key = $1";

    // Each statement whose row count decides the outcome checks it itself, in the database: a wrong count raises an
    // error, which aborts the transaction before the COMMIT that may ride at the end of the same batch (ADR 0053).
    // Each check raises its own SQLSTATE, which names the outcome (see Outcome): the instance row's divides by zero
    // (22012), the consumed bookmarks' takes the logarithm of zero (2201E).

    // Inserted only while the version it runs is still the newest published one: the start read that from a cache.
    private const string InsertInstance = """
        WITH inserted AS (
            INSERT INTO astra.workflow_instances (id, definition_id, definition_version, case_id, status, state, version, created_at, updated_at, finished_at)
            SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10
            WHERE (SELECT max(v.version) FROM astra.definition_versions v WHERE v.definition_id = $2 AND v.status = 'Published') = $3
            RETURNING 1)
        SELECT 1 / count(*)::int FROM inserted
        """;

    private const string UpdateInstance = """
        WITH updated AS (
            UPDATE astra.workflow_instances SET status = $2, state = $3, version = $4, updated_at = $5, finished_at = $6
            WHERE id = $1 AND version = $7
            RETURNING 1)
        SELECT 1 / count(*)::int FROM updated
        """;

    // A bookmark is consumed exactly once: every one named must still be there to be deleted by this burst.
    private const string DeleteBookmarks = """
        WITH deleted AS (DELETE FROM astra.bookmarks WHERE id = ANY($1) RETURNING 1)
        SELECT ln((count(*) = cardinality($1))::int::float8) FROM deleted
        """;

    private const string DeleteTimers = "DELETE FROM astra.timers WHERE bookmark_id = ANY($1)";

    private const string InsertBookmarks = """
        INSERT INTO astra.bookmarks (id, instance_id, kind, key, activity_id, due_at, created_at)
        SELECT u.id, $1, u.kind, u.key, u.activity_id, u.due_at, u.created_at
        FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::timestamptz[]) AS u(id, kind, key, activity_id, due_at, created_at)
        """;

    private const string InsertTimers = """
        INSERT INTO astra.timers (bookmark_id, instance_id, due_at, created_at)
        SELECT u.bookmark_id, u.instance_id, u.due_at, $1
        FROM unnest($2::text[], $3::uuid[], $4::timestamptz[]) AS u(bookmark_id, instance_id, due_at)
        """;

    private const string InsertJournal = """
        INSERT INTO astra.journal (instance_id, sequence, case_id, at, kind, activity_id, activity_type, actor, outcome, message)
        SELECT $1, u.sequence, $2, u.at, u.kind, u.activity_id, u.activity_type, u.actor, u.outcome, u.message
        FROM unnest($3::bigint[], $4::timestamptz[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
            AS u(sequence, at, kind, activity_id, activity_type, actor, outcome, message)
        """;

    private const string Commit = "COMMIT";
    private const string InstanceCheckFailed = PostgresErrorCodes.DivisionByZero;
    private const string BookmarkCheckFailed = PostgresErrorCodes.InvalidArgumentForLogarithm;

    private const string InsertAnswer = "INSERT INTO astra.idempotency_keys (key, instance_id, result, created_at) VALUES ($1, $2, $3, $4)";

    /// <summary>The statements that write rows, for the test that holds their column lists to the EF model.</summary>
    internal static IReadOnlyList<string> WriteTexts { get; } = [InsertInstance, UpdateInstance, InsertBookmarks, InsertTimers, InsertJournal, InsertAnswer];

    /// <summary>Locks the instance row (refused at once when held) and, when a key is given, reads its earlier answer after it.</summary>
    public static NpgsqlBatch Open(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid instanceId, string? idempotencyKey)
    {
        var batch = new NpgsqlBatch(connection, transaction);
        batch.BatchCommands.Add(Command(LockInstance, Value(instanceId, NpgsqlDbType.Uuid)));
        if (idempotencyKey is not null)
        {
            batch.BatchCommands.Add(Command(ReadAnswer, Value(idempotencyKey, NpgsqlDbType.Text)));
        }

        return batch;
    }

    /// <summary>
    /// Every row the burst writes, in one batch: one round trip (modules' statements and the COMMIT may be added after
    /// them, see <see cref="AddCommit"/>). A count that does not hold fails the batch; <see cref="Outcome"/> reads it.
    /// </summary>
    public static NpgsqlBatch Writes(
        NpgsqlConnection connection, NpgsqlTransaction transaction, BurstResult burst, ReadOnlyMemory<byte> state, ReadOnlyMemory<byte>? answer,
        IdempotencyRecord? idempotency,
        DateTimeOffset now)
    {
        var instance = burst.Instance;
        var batch = new NpgsqlBatch(connection, transaction);
        batch.BatchCommands.Add(burst.ExpectedVersion == 0
            ? Command(
                InsertInstance,
                Value(instance.Id, NpgsqlDbType.Uuid),
                Value(instance.DefinitionId, NpgsqlDbType.Text),
                Value(instance.DefinitionVersion, NpgsqlDbType.Integer),
                Value(instance.CaseId, NpgsqlDbType.Uuid),
                Value(instance.Status.ToString(), NpgsqlDbType.Text),
                Value(state, NpgsqlDbType.Jsonb),
                Value(instance.Version, NpgsqlDbType.Bigint),
                Value(instance.CreatedAt, NpgsqlDbType.TimestampTz),
                Value(instance.UpdatedAt, NpgsqlDbType.TimestampTz),
                Value(instance.FinishedAt, NpgsqlDbType.TimestampTz))
            : Command(
                UpdateInstance,
                Value(instance.Id, NpgsqlDbType.Uuid),
                Value(instance.Status.ToString(), NpgsqlDbType.Text),
                Value(state, NpgsqlDbType.Jsonb),
                Value(instance.Version, NpgsqlDbType.Bigint),
                Value(instance.UpdatedAt, NpgsqlDbType.TimestampTz),
                Value(instance.FinishedAt, NpgsqlDbType.TimestampTz),
                Value(burst.ExpectedVersion, NpgsqlDbType.Bigint)));

        if (burst.BookmarksConsumed.Count > 0)
        {
            var consumed = Texts(burst.BookmarksConsumed);
            batch.BatchCommands.Add(Command(DeleteBookmarks, Value(consumed, NpgsqlDbType.Array | NpgsqlDbType.Text)));
            batch.BatchCommands.Add(Command(DeleteTimers, Value(consumed, NpgsqlDbType.Array | NpgsqlDbType.Text)));
        }

        if (burst.BookmarksCreated.Count > 0)
        {
            var created = burst.BookmarksCreated;
            batch.BatchCommands.Add(Command(
                InsertBookmarks,
                Value(instance.Id, NpgsqlDbType.Uuid),
                Texts(created, b => b.Id),
                Texts(created, b => b.Kind),
                Texts(created, b => b.Key),
                Texts(created, b => b.ActivityId),
                Times(created, b => b.DueAt),
                Times(created, b => b.CreatedAt)));
        }

        if (burst.Timers.Count > 0)
        {
            var timers = burst.Timers;
            batch.BatchCommands.Add(Command(
                InsertTimers,
                Value(now, NpgsqlDbType.TimestampTz),
                Texts(timers, t => t.BookmarkId),
                Value(InstanceIds(timers), NpgsqlDbType.Array | NpgsqlDbType.Uuid),
                Times(timers, t => t.DueAt)));
        }

        if (burst.Journal.Count > 0)
        {
            var journal = burst.Journal;
            batch.BatchCommands.Add(Command(
                InsertJournal,
                Value(instance.Id, NpgsqlDbType.Uuid),
                Value(instance.CaseId, NpgsqlDbType.Uuid),
                Value(Sequences(journal), NpgsqlDbType.Array | NpgsqlDbType.Bigint),
                Times(journal, j => j.At),
                Texts(journal, j => j.Kind.ToString()),
                Texts(journal, j => j.ActivityId),
                Texts(journal, j => j.ActivityType),
                Texts(journal, j => j.Actor),
                Texts(journal, j => j.Outcome),
                Texts(journal, j => j.Message)));
        }

        if (idempotency is not null)
        {
            batch.BatchCommands.Add(Command(
                InsertAnswer,
                Value(idempotency.Key, NpgsqlDbType.Text),
                Value(instance.Id, NpgsqlDbType.Uuid),
                Value(answer ?? default, NpgsqlDbType.Jsonb),
                Value(now, NpgsqlDbType.TimestampTz)));
        }

        return batch;
    }

    /// <summary>Ends the write batch with COMMIT: reached only when every statement before it succeeded.</summary>
    public static void AddCommit(NpgsqlBatch batch) => batch.BatchCommands.Add(new NpgsqlBatchCommand(Commit));

    /// <summary>
    /// The outcome a failed write batch stands for, or null when the failure is not one of the burst's checks (rethrow it):
    /// a start's row not inserted means its definition version is no longer the newest published (<see cref="CommitOutcome.Stale"/>);
    /// a resume's row no longer at the expected version, a consumed bookmark already gone, or a unique key already taken
    /// (an idempotency key, a bookmark, a journal line) means another burst won (<see cref="CommitOutcome.Conflict"/>).
    /// </summary>
    public static CommitOutcome? Outcome(BurstResult burst, PostgresException failure) => failure.SqlState switch
    {
        PostgresErrorCodes.UniqueViolation => CommitOutcome.Conflict,
        InstanceCheckFailed => burst.ExpectedVersion == 0 ? CommitOutcome.Stale : CommitOutcome.Conflict,
        BookmarkCheckFailed => CommitOutcome.Conflict,
        _ => null,
    };

    private static NpgsqlBatchCommand Command(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }

    private static NpgsqlParameter Value(object? value, NpgsqlDbType type) => new() { Value = value ?? DBNull.Value, NpgsqlDbType = type };

    private static NpgsqlParameter Texts<T>(IReadOnlyList<T> rows, Func<T, string?> pick)
    {
        var values = new string?[rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = pick(rows[i]);
        }

        return Value(values, NpgsqlDbType.Array | NpgsqlDbType.Text);
    }

    private static NpgsqlParameter Times<T>(IReadOnlyList<T> rows, Func<T, DateTimeOffset?> pick)
    {
        var values = new DateTimeOffset?[rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = pick(rows[i]);
        }

        return Value(values, NpgsqlDbType.Array | NpgsqlDbType.TimestampTz);
    }

    private static string[] Texts(IReadOnlyList<string> values)
    {
        var copy = new string[values.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = values[i];
        }

        return copy;
    }

    private static Guid[] InstanceIds(IReadOnlyList<TimerRequest> timers)
    {
        var values = new Guid[timers.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = timers[i].InstanceId;
        }

        return values;
    }

    private static long[] Sequences(IReadOnlyList<JournalEntry> journal)
    {
        var values = new long[journal.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = journal[i].Sequence;
        }

        return values;
    }
}
