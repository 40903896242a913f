using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Npgsql;
using static Astra.Workflows.IntegrationTests.Lawyers.LawyerSteps;

namespace Astra.Workflows.IntegrationTests.Hardening;

/// <summary>Issue 13 item 9: the feed token is stored only as its SHA-256, and the feed goes dark with the Lawyer role.</summary>
public sealed class CalendarFeedTokenTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task The_database_holds_only_the_tokens_hash_the_address_stays_stable_and_the_feed_goes_dark_without_the_lawyer_role()
    {
        var lawyer = await Factory.ClientForAsync(Lawyer);
        var url = (await lawyer.GetFromJsonAsync<JsonElement>("/api/me/calendar-feed")).GetProperty("url").GetString()!;
        var path = new Uri(url).AbsolutePath;
        var token = path["/calendar/".Length..^".ics".Length];
        Assert.Equal(HttpStatusCode.OK, (await Factory.CreateClient().GetAsync(path)).StatusCode);

        var stored = await StoredValuesAsync();
        Assert.DoesNotContain(stored, v => v.Contains(token, StringComparison.Ordinal));
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))), stored);
        // The owner sees the same address again (calendar apps keep subscribing to it).
        Assert.Equal(url, (await lawyer.GetFromJsonAsync<JsonElement>("/api/me/calendar-feed")).GetProperty("url").GetString());

        var admin = await Factory.ClientForAsync("admin@astra.local");
        var changed = await admin.PutAsJsonAsync($"/api/admin/users/{await UserIdAsync(Factory, Lawyer)}/roles", new { roles = new[] { "CaseManager" } });
        Assert.True(changed.IsSuccessStatusCode, $"roles: {(int)changed.StatusCode}");

        Assert.Equal(HttpStatusCode.NotFound, (await Factory.CreateClient().GetAsync(path)).StatusCode);
    }

    private async Task<List<string>> StoredValuesAsync()
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT row_to_json(t)::text FROM astra.calendar_feed_tokens t", connection);
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = JsonDocument.Parse(reader.GetString(0)).RootElement;
            rows.AddRange(row.EnumerateObject().Select(p => p.Value.ToString()));
        }

        return rows;
    }
}
