using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Astra.Workflows.IntegrationTests.Privacy;

/// <summary>
/// What an attacker with database rights but no audit key can do: recompute every row's hash as an unkeyed
/// SHA-256 over the same canonical fields the service hashed before the chain was keyed, relinking the chain.
/// </summary>
internal static class PlainSha256Chain
{
    public static async Task RecomputeAsync(string superuserConnectionString)
    {
        await using var connection = new NpgsqlConnection(superuserConnectionString);
        await connection.OpenAsync();
        var rows = new List<(long Id, byte[] Fields)>();
        await using (var read = new NpgsqlCommand(
            "SELECT id, at, user_id, action, entity, entity_id, case_id, case_code, outcome, client_ip, reason FROM astra.audit_log ORDER BY id", connection))
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                using var buffer = new MemoryStream();
                var at = reader.GetFieldValue<DateTimeOffset>(1);
                Write(buffer, ((at.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10).ToString(CultureInfo.InvariantCulture));
                Write(buffer, reader.IsDBNull(2) ? null : reader.GetGuid(2).ToString("D"));
                Write(buffer, reader.GetString(3));
                Write(buffer, reader.GetString(4));
                Write(buffer, reader.IsDBNull(5) ? null : reader.GetString(5));
                Write(buffer, reader.IsDBNull(6) ? null : reader.GetGuid(6).ToString("D"));
                for (var i = 7; i <= 10; i++)
                {
                    Write(buffer, reader.IsDBNull(i) ? null : reader.GetString(i));
                }

                rows.Add((reader.GetInt64(0), buffer.ToArray()));
            }
        }

        var prev = new byte[32];
        foreach (var (id, fields) in rows)
        {
            var hash = SHA256.HashData([.. prev, .. fields]);
            await using var update = new NpgsqlCommand("UPDATE astra.audit_log SET prev_hash = @prev, hash = @hash WHERE id = @id", connection);
            update.Parameters.AddWithValue("prev", prev);
            update.Parameters.AddWithValue("hash", hash);
            update.Parameters.AddWithValue("id", id);
            await update.ExecuteNonQueryAsync();
            prev = hash;
        }
    }

    private static void Write(MemoryStream buffer, string? value)
    {
        Span<byte> length = stackalloc byte[4];
        if (value is null)
        {
            BinaryPrimitives.WriteInt32BigEndian(length, -1);
            buffer.Write(length);
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(value);
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        buffer.Write(length);
        buffer.Write(bytes);
    }
}
