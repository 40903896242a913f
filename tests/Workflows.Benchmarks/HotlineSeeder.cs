using System.Diagnostics;
using Astra.Workflows.Modules.Hotline.Callers;
using Astra.Workflows.Modules.Hotline.Storage;
using Astra.Workflows.Modules.Platform.Crypto;
using Npgsql;
using NpgsqlTypes;

namespace Astra.Workflows.Benchmarks;

/// <summary>
/// Bulk-loads a contact log with binary COPY: <c>contacts</c> contacts spread over ten years, 60 % with a caller
/// number drawn (skewed, so some callers call often) from <c>callers</c> numbers, indexed as the API indexes them.
/// </summary>
internal static class HotlineSeeder
{
    private static readonly string[] Outcomes = ["informationGiven", "informationGiven", "informationGiven", "referred", "callBack", "noAction"];
    private static readonly string[] CallerTypes = ["jobOfferCheck", "jobOfferCheck", "potentialVictim", "familyOrFriend", "citizen", "institution", "anonymous"];
    private static readonly string[] Topics = ["jobOfferCheck", "safeMigration", "traffickingIndicators", "legalQuestion", "psychologicalSupport"];

    public static string CallerNumber(int caller) => $"+38164{1_000_000 + caller}";

    public static async Task<TimeSpan> SeedAsync(string connectionString, MasterKey key, int contacts, int callers, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var indexes = new string[callers];
        for (var i = 0; i < callers; i++)
        {
            indexes[i] = CallerNumbers.TryIndex(CallerNumber(i), key, out var index) ? index! : throw new InvalidOperationException("A benchmark number did not parse.");
        }

        var random = new Random(16);
        var span = TimeSpan.FromDays(3650).Ticks;
        var start = now.AddDays(-3651);
        var times = new long[contacts];
        for (var i = 0; i < contacts; i++)
        {
            times[i] = start.UtcTicks + (long)(random.NextDouble() * span);
        }

        Array.Sort(times);
        var perYear = new Dictionary<int, int>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY astra.hotline_contacts (id, code, occurred_at, recorded_at, channel, direction, caller_type, topics, exploitation, countries, minor_involved, imminent_danger, duration_minutes, outcome, caller_index, revision) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            for (var i = 0; i < contacts; i++)
            {
                var at = new DateTimeOffset(times[i], TimeSpan.Zero);
                var year = at.Year;
                var number = perYear[year] = perYear.GetValueOrDefault(year) + 1;
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(Guid.CreateVersion7(at), NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(ContactCodes.Format(year, number), NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(at, NpgsqlDbType.TimestampTz, cancellationToken);
                await writer.WriteAsync(at, NpgsqlDbType.TimestampTz, cancellationToken);
                await writer.WriteAsync(i % 10 == 0 ? "email" : "phone", NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync("incoming", NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(CallerTypes[random.Next(CallerTypes.Length)], NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(new[] { Topics[random.Next(Topics.Length)] }, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(Array.Empty<string>(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(i % 4 == 0 ? new[] { "DE" } : [], NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync("no", NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken);
                await writer.WriteAsync(random.Next(1, 30), NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(Outcomes[random.Next(Outcomes.Length)], NpgsqlDbType.Varchar, cancellationToken);
                if (random.NextDouble() < 0.6)
                {
                    // Squared: a few callers call very often, most once or twice.
                    var r = random.NextDouble();
                    await writer.WriteAsync(indexes[(int)(r * r * callers)], NpgsqlDbType.Varchar, cancellationToken);
                }
                else
                {
                    await writer.WriteNullAsync(cancellationToken);
                }

                await writer.WriteAsync(1, NpgsqlDbType.Integer, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        foreach (var (year, last) in perYear)
        {
            await using var counter = new NpgsqlCommand(
                "INSERT INTO astra.hotline_contact_code_counters (year, last_number) VALUES (@y, @n) ON CONFLICT (year) DO UPDATE SET last_number = greatest(hotline_contact_code_counters.last_number, @n)", connection);
            counter.Parameters.AddWithValue("y", year);
            counter.Parameters.AddWithValue("n", last);
            await counter.ExecuteNonQueryAsync(cancellationToken);
        }

        // What autovacuum does to a table that has settled: statistics and the visibility map (index-only scans).
        await using (var analyze = new NpgsqlCommand("VACUUM ANALYZE astra.hotline_contacts", connection))
        {
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }

        return watch.Elapsed;
    }
}
