using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Cases.Privacy;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Astra.Workflows.IntegrationTests.Privacy;

public sealed class AuditAnchorTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task A_fresh_log_verifies_and_its_anchor_is_a_signed_file_with_no_case_data()
    {
        var admin = await Factory.ClientForAsync("admin@astra.local");
        var empty = await VerifyAsync(admin);
        Assert.True(empty.GetProperty("intact").GetBoolean());
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("anchorRowId").ValueKind);

        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        var (_, code) = await PrivacyApi.CreateCaseAsync(coordinator, PrivacyApi.Client());
        var anchor = await (await admin.PostAsync("/api/admin/audit/anchor", null)).Content.ReadFromJsonAsync<JsonElement>();
        var head = (await PrivacyApi.QueryAsync(Factory, "SELECT id, encode(hash, 'hex') FROM astra.audit_log ORDER BY id DESC LIMIT 1", r => (r.GetInt64(0), r.GetString(1))))[0];

        Assert.Equal(head.Item1, anchor.GetProperty("rowId").GetInt64());
        Assert.Equal(head.Item2, anchor.GetProperty("hash").GetString());
        var file = Assert.Single(Directory.GetFiles(Factory.AuditAnchorDirectory));
        var text = await File.ReadAllTextAsync(file);
        Assert.DoesNotContain(code, text, StringComparison.Ordinal);
        Assert.DoesNotContain(PrivacyApi.FullName, text, StringComparison.Ordinal);
        var verified = await VerifyAsync(admin);
        Assert.True(verified.GetProperty("intact").GetBoolean());
        Assert.Equal(head.Item1, verified.GetProperty("anchorRowId").GetInt64());
    }

    [Fact]
    public async Task Anchoring_the_same_head_twice_in_one_moment_answers_both_and_keeps_one_file()
    {
        var admin = await Factory.ClientForAsync("admin@astra.local");

        // The test clock stands still, so both anchors name the same row at the same millisecond.
        var first = await admin.PostAsync("/api/admin/audit/anchor", null);
        var second = await admin.PostAsync("/api/admin/audit/anchor", null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(Directory.GetFiles(Factory.AuditAnchorDirectory));
    }

    [Fact]
    public async Task Rows_removed_from_the_end_after_an_anchor_are_detected()
    {
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        for (var i = 0; i < 3; i++)
        {
            await PrivacyApi.CreateCaseAsync(coordinator, null);
        }

        var admin = await Factory.ClientForAsync("admin@astra.local");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/admin/audit/anchor", null)).StatusCode);
        // The tail is cut: every remaining link still holds, only the anchor knows rows are missing.
        await PrivacyApi.ExecuteAsync(Factory, """
            ALTER TABLE astra.audit_log DISABLE TRIGGER audit_log_no_update_or_delete;
            DELETE FROM astra.audit_log WHERE id > (SELECT min(id) FROM astra.audit_log);
            ALTER TABLE astra.audit_log ENABLE TRIGGER audit_log_no_update_or_delete;
            """);

        var result = await VerifyAsync(admin);
        Assert.False(result.GetProperty("intact").GetBoolean());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("firstBrokenId").ValueKind);
        Assert.Equal(AnchorProblems.RowMissing, result.GetProperty("anchorProblem").GetString());
        // And no new anchor blesses the shortened log.
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync("/api/admin/audit/anchor", null)).StatusCode);
    }

    [Fact]
    public async Task A_chain_recomputed_with_the_key_no_longer_matches_its_anchor()
    {
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        var (id, _) = await PrivacyApi.CreateCaseAsync(coordinator, PrivacyApi.Client());
        await coordinator.PostAsJsonAsync($"/api/cases/{id}/client/reveal", new { reason = "Preparing the court hearing" });
        var admin = await Factory.ClientForAsync("admin@astra.local");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/admin/audit/anchor", null)).StatusCode);

        // Even an insider holding the audit key (but not the anchor folder) who rewrites and re-MACs the chain is caught.
        await PrivacyApi.ExecuteAsync(Factory, """
            ALTER TABLE astra.audit_log DISABLE TRIGGER audit_log_no_update_or_delete;
            UPDATE astra.audit_log SET outcome = 'failed' WHERE action = 'client.reveal';
            """);
        await RekeyAsync(Factory.Services.GetRequiredService<AuditKey>());
        await PrivacyApi.ExecuteAsync(Factory, "ALTER TABLE astra.audit_log ENABLE TRIGGER audit_log_no_update_or_delete;");

        var result = await VerifyAsync(admin);
        Assert.False(result.GetProperty("intact").GetBoolean());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("firstBrokenId").ValueKind);
        Assert.Equal(AnchorProblems.HashDiffers, result.GetProperty("anchorProblem").GetString());
    }

    [Fact]
    public async Task An_edited_anchor_file_is_refused_and_the_daily_job_is_scheduled_and_writes_one()
    {
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        await PrivacyApi.CreateCaseAsync(coordinator, null);

        using (var connection = JobStorage.Current.GetConnection())
        {
            Assert.Contains(connection.GetRecurringJobs(), j => j.Id == AuditAnchorJob.RecurringId && j.Cron == Cron.Daily(1));
        }

        await Factory.Services.GetRequiredService<AuditAnchorJob>().RunAsync(CancellationToken.None);
        var file = Assert.Single(Directory.GetFiles(Factory.AuditAnchorDirectory));
        var admin = await Factory.ClientForAsync("admin@astra.local");
        Assert.True((await VerifyAsync(admin)).GetProperty("intact").GetBoolean());

        // Moving the anchor back to an earlier row (to hide a cut tail) breaks its MAC.
        var text = await File.ReadAllTextAsync(file);
        var rowId = JsonDocument.Parse(text).RootElement.GetProperty("rowId").GetInt64();
        await File.WriteAllTextAsync(file, text.Replace($"\"rowId\": {rowId}", $"\"rowId\": {rowId - 1}", StringComparison.Ordinal));
        var result = await VerifyAsync(admin);
        Assert.False(result.GetProperty("intact").GetBoolean());
        Assert.Equal(AnchorProblems.NotSigned, result.GetProperty("anchorProblem").GetString());
    }

    private static async Task<JsonElement> VerifyAsync(HttpClient admin)
    {
        var response = await admin.PostAsync("/api/admin/audit/verify", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task RekeyAsync(AuditKey key)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        var rows = await PrivacyApi.QueryAsync(Factory,
            "SELECT id, at, user_id, action, entity, entity_id, case_id, case_code, outcome, client_ip, reason FROM astra.audit_log ORDER BY id",
            r => new AuditEntryEntity
            {
                Id = r.GetInt64(0),
                At = r.GetFieldValue<DateTimeOffset>(1),
                UserId = r.IsDBNull(2) ? null : r.GetGuid(2),
                Action = r.GetString(3),
                Entity = r.GetString(4),
                EntityId = r.IsDBNull(5) ? null : r.GetString(5),
                CaseId = r.IsDBNull(6) ? null : r.GetGuid(6),
                CaseCode = r.IsDBNull(7) ? null : r.GetString(7),
                Outcome = r.GetString(8),
                ClientIp = r.IsDBNull(9) ? null : r.GetString(9),
                Reason = r.IsDBNull(10) ? null : r.GetString(10),
            });
        var prev = AuditHasher.Genesis;
        foreach (var row in rows)
        {
            var hash = AuditHasher.Compute(key, prev, row);
            await using var update = new NpgsqlCommand("UPDATE astra.audit_log SET prev_hash = @prev, hash = @hash WHERE id = @id", connection);
            update.Parameters.AddWithValue("prev", prev);
            update.Parameters.AddWithValue("hash", hash);
            update.Parameters.AddWithValue("id", row.Id);
            await update.ExecuteNonQueryAsync();
            prev = hash;
        }
    }
}
