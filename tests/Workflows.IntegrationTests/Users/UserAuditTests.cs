using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Npgsql;

namespace Astra.Workflows.IntegrationTests.Users;

/// <summary>Issue 13 item 7 (accounts): sign-ins and changes of who may do what are in the audit trail, without what was typed.</summary>
public sealed class UserAuditTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Sign_ins_and_user_changes_are_audited_without_typed_addresses_or_passwords()
    {
        var client = Factory.CreateClient();
        await client.PostAsJsonAsync("/api/auth/login", new { email = "stranger@example.org", password = "typed-secret-one" });
        await client.PostAsJsonAsync("/api/auth/login", new { email = "lawyer@astra.local", password = "typed-secret-two" });
        var admin = await Factory.ClientForAsync("admin@astra.local");
        var created = await admin.PostAsJsonAsync("/api/admin/users", new { email = "new.person@astra.local", displayName = "New Person", password = "a quiet walk by the river", roles = new[] { "CaseManager" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/admin/users/{id}/roles", new { roles = new[] { "Lawyer" } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/admin/users/{id}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/admin/users/{id}/enable", null)).StatusCode);

        var rows = await AuditRowsAsync();
        var adminId = await UserIdAsync("admin@astra.local");
        var lawyerId = await UserIdAsync("lawyer@astra.local");
        Assert.Contains(rows, r => r.Action == "auth.sign-in" && r.Outcome == "failed" && r.UserId is null && r.EntityId is null);
        Assert.Contains(rows, r => r.Action == "auth.sign-in" && r.Outcome == "failed" && r.UserId == lawyerId && r.EntityId == lawyerId.ToString("D"));
        Assert.Contains(rows, r => r.Action == "auth.sign-in" && r.Outcome == "ok" && r.UserId == adminId);
        Assert.Contains(rows, r => r.Action == "user.create" && r.UserId == adminId && r.EntityId == id.ToString("D"));
        Assert.Contains(rows, r => r.Action == "user.roles" && r.UserId == adminId && r.EntityId == id.ToString("D") && r.Reason == "Lawyer");
        Assert.Contains(rows, r => r.Action == "user.disable" && r.EntityId == id.ToString("D"));
        Assert.Contains(rows, r => r.Action == "user.enable" && r.EntityId == id.ToString("D"));
        var everything = string.Join("|", rows.Select(r => r.ToString()));
        Assert.DoesNotContain("stranger", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("typed-secret", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("river", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("@", everything, StringComparison.Ordinal);
    }

    private async Task<List<Row>> AuditRowsAsync()
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT user_id, action, entity_id, outcome, reason, case_code FROM astra.audit_log ORDER BY id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Row>();
        while (await reader.ReadAsync())
        {
            rows.Add(new Row(
                reader.IsDBNull(0) ? null : reader.GetGuid(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return rows;
    }

    private async Task<Guid> UserIdAsync(string email)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id FROM astra.\"AspNetUsers\" WHERE email = @email", connection);
        command.Parameters.AddWithValue("email", email);
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    private sealed record Row(Guid? UserId, string Action, string? EntityId, string Outcome, string? Reason);
}
