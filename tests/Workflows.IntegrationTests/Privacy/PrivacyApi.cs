using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Npgsql;

namespace Astra.Workflows.IntegrationTests.Privacy;

/// <summary>Shared steps: a case with a recognisable client, and raw SQL reads of what PostgreSQL really holds.</summary>
internal static class PrivacyApi
{
    public const string FullName = "Jovana Petrović";
    public const string DocumentNumber = "AB 123-456";

    public static object Client(string fullName = FullName, string documentNumber = DocumentNumber) => new
    {
        fullName,
        dateOfBirth = "1999-04-17",
        nationality = "RS",
        documents = new[] { new { type = "passport", number = documentNumber } },
        contacts = new[] { new { type = "phone", value = "+381 64 555 0101" } },
        address = new { street = "Knez Mihailova 1", city = "Beograd", postalCode = "11000", country = "RS" },
    };

    public static async Task<(Guid Id, string Code)> CreateCaseAsync(HttpClient client, object? identity)
    {
        var response = await client.PostAsJsonAsync("/api/cases", new { client = identity });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("id").GetGuid(), body.GetProperty("code").GetString()!);
    }

    /// <summary>Puts these users on the case's team (need-to-know: only team members see a case).</summary>
    public static async Task SetTeamAsync(HttpClient coordinator, Guid caseId, params HttpClient[] members)
    {
        var ids = new List<object>();
        foreach (var member in members)
        {
            ids.Add(new { userId = await MeAsync(member) });
        }

        (await coordinator.PutAsJsonAsync($"/api/cases/{caseId}/team", new { members = ids })).EnsureSuccessStatusCode();
    }

    public static async Task<Guid> MeAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetGuid();

    public static async Task<List<T>> QueryAsync<T>(AstraApiFactory factory, string sql, Func<NpgsqlDataReader, T> read, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public static async Task ExecuteAsync(AstraApiFactory factory, string sql)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public sealed record AuditRow(long Id, Guid? UserId, string Action, Guid? CaseId, string? CaseCode, string Outcome, string? Reason);

    public static Task<List<AuditRow>> AuditAsync(AstraApiFactory factory, string action) =>
        QueryAsync(factory, "SELECT id, user_id, action, case_id, case_code, outcome, reason FROM astra.audit_log WHERE action = @action ORDER BY id",
            r => new AuditRow(
                r.GetInt64(0),
                r.IsDBNull(1) ? null : r.GetGuid(1),
                r.GetString(2),
                r.IsDBNull(3) ? null : r.GetGuid(3),
                r.IsDBNull(4) ? null : r.GetString(4),
                r.GetString(5),
                r.IsDBNull(6) ? null : r.GetString(6)),
            ("action", action));

    /// <summary>Every row of every table in schema astra as text, to prove a value is nowhere in the database.</summary>
    public static async Task<string> DumpSchemaAsync(AstraApiFactory factory)
    {
        var tables = await QueryAsync(factory, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'astra' AND table_type = 'BASE TABLE'", r => r.GetString(0));
        var dump = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            var rows = await QueryAsync(factory, $"SELECT t::text FROM astra.\"{table}\" t", r => r.GetString(0));
            dump.AppendJoin('\n', rows).Append('\n');
        }

        return dump.ToString();
    }
}
