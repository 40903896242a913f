using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Astra.Workflows.IntegrationTests.Reliability;

internal static class ReliabilitySteps
{
    /// <summary>Waits for "tick" again after every tick: each event resumes it once and leaves one note.</summary>
    public const string TickLoop = """
        {
          "schemaVersion": 1, "definitionId": "tick-loop", "name": "Count ticks",
          "events": [ { "name": "tick", "roles": ["Admin", "Coordinator", "CaseManager"] } ],
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "wait", "type": "event.wait", "inputs": { "event": "tick" } },
            { "id": "note", "type": "log.note", "inputs": { "text": "tick" } }
          ],
          "connections": [ { "from": "start", "to": "wait" }, { "from": "wait", "to": "note" }, { "from": "note", "to": "wait" } ]
        }
        """;

    /// <summary>A client of <paramref name="host"/> signed in through its own login endpoint.</summary>
    public static async Task<HttpClient> ClientForAsync(WebApplicationFactory<Program> host, string email)
    {
        var client = host.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password = AstraApiFactory.DemoPassword });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<long> CountAsync(AstraApiFactory factory, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static Task<long> NotesAsync(AstraApiFactory factory, Guid instanceId) =>
        CountAsync(factory, "SELECT count(*) FROM astra.journal WHERE instance_id = @id AND activity_id = 'note' AND kind = 'ActivityCompleted'", ("id", instanceId));
}
