using Npgsql;

namespace Astra.Workflows.Benchmarks;

/// <summary>
/// The baseline: one autocommit single-row INSERT into a tiny table, on a connection the worker keeps open.
/// Each operation is exactly one durable commit, so its rate is the upper bound for a one-commit burst.
/// </summary>
internal sealed class RawInsertWorker : ILoadWorker
{
    public const string CreateTableSql = "CREATE TABLE IF NOT EXISTS bench_raw (id bigserial PRIMARY KEY, worker int NOT NULL, payload text NOT NULL)";

    private readonly NpgsqlConnection connection;
    private readonly NpgsqlCommand insert;

    private RawInsertWorker(NpgsqlConnection connection, int worker)
    {
        this.connection = connection;
        insert = new NpgsqlCommand("INSERT INTO bench_raw (worker, payload) VALUES ($1, $2)", connection);
        insert.Parameters.Add(new NpgsqlParameter { Value = worker });
        insert.Parameters.Add(new NpgsqlParameter { Value = "x" });
    }

    public static async Task<ILoadWorker> CreateAsync(string connectionString, int worker, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var created = new RawInsertWorker(connection, worker);
        await created.insert.PrepareAsync(cancellationToken);
        return created;
    }

    public async Task RunOnceAsync(CancellationToken cancellationToken) =>
        await insert.ExecuteNonQueryAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await insert.DisposeAsync();
        await connection.DisposeAsync();
    }
}
