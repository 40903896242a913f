using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.Host.Security;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Persistence;
using Astra.Workflows.Persistence.Privacy;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Astra.Workflows.IntegrationTests.Privacy;

public sealed class AuditTrailTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Opening_a_case_is_recorded_with_who_and_which_case_but_a_refused_one_is_not_a_case_read()
    {
        var caseManager = await Factory.ClientForAsync("casemanager@astra.local");
        var (caseId, code) = await Engine.ApiSteps.OpenCaseAsync(caseManager);

        Assert.Equal(System.Net.HttpStatusCode.OK, (await caseManager.GetAsync($"/api/cases/{caseId}")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await (await Factory.ClientForAsync("casemanager2@astra.local")).GetAsync($"/api/cases/{caseId}")).StatusCode);

        var read = Assert.Single(await PrivacyApi.AuditAsync(Factory, "case.read"));
        Assert.Equal(caseId, read.CaseId);
        Assert.Equal(code, read.CaseCode);
        Assert.Equal("ok", read.Outcome);
        Assert.Equal(await Lawyers.LawyerSteps.UserIdAsync(Factory, "casemanager@astra.local"), read.UserId);
    }

    [Fact]
    public async Task Reading_a_task_and_an_instance_is_recorded_with_their_case()
    {
        var caseManager = await Factory.ClientForAsync("casemanager@astra.local");
        var (code, instanceId) = await Tasks.TaskSteps.StartAssessmentAsync(Factory, caseManager);
        var task = await Tasks.TaskSteps.SingleAvailableAsync(caseManager);
        var taskId = task.GetProperty("id").GetGuid();
        Assert.Empty(await PrivacyApi.AuditAsync(Factory, "task.read"));

        await Tasks.TaskSteps.GetAsync(caseManager, taskId);
        await Engine.ApiSteps.GetInstanceAsync(caseManager, instanceId);

        var taskRead = Assert.Single(await PrivacyApi.AuditAsync(Factory, "task.read"));
        Assert.Equal(code, taskRead.CaseCode);
        Assert.NotNull(taskRead.CaseId);
        var instanceRead = Assert.Single(await PrivacyApi.AuditAsync(Factory, "instance.read"));
        Assert.Equal(taskRead.CaseId, instanceRead.CaseId);
    }

    [Fact]
    public async Task Editing_an_audit_row_in_sql_is_found_by_the_verifier()
    {
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        var (id, _) = await PrivacyApi.CreateCaseAsync(coordinator, PrivacyApi.Client());
        await coordinator.GetAsync($"/api/cases/{id}/client");
        await PrivacyApi.CreateCaseAsync(coordinator, null);
        var before = await VerifyAsync();
        Assert.True(before.IsIntact);
        // Three acts and the coordinator's sign-in.
        Assert.Equal(5, before.RowsChecked);
        var reveal = Assert.Single(await PrivacyApi.AuditAsync(Factory, "client.reveal"));

        // Someone with owner rights hides that they looked: switch the guard off, rewrite, switch it back on.
        await PrivacyApi.ExecuteAsync(Factory, $"""
            ALTER TABLE astra.audit_log DISABLE TRIGGER audit_log_no_update_or_delete;
            UPDATE astra.audit_log SET outcome = 'failed' WHERE id = {reveal.Id};
            ALTER TABLE astra.audit_log ENABLE TRIGGER audit_log_no_update_or_delete;
            """);

        var after = await VerifyAsync();
        Assert.False(after.IsIntact);
        Assert.Equal(reveal.Id, after.FirstBrokenId);
        var admin = await Factory.ClientForAsync("admin@astra.local");
        var viaApi = await (await admin.PostAsync("/api/admin/audit/verify", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(viaApi.GetProperty("intact").GetBoolean());
        Assert.Equal(reveal.Id, viaApi.GetProperty("firstBrokenId").GetInt64());
        Assert.Equal(1, await RunVerifyCommandAsync());
    }

    [Fact]
    public async Task Deleting_a_row_in_the_middle_breaks_the_link_of_the_next()
    {
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        for (var i = 0; i < 3; i++)
        {
            await PrivacyApi.CreateCaseAsync(coordinator, null);
        }

        Assert.Equal(0, await RunVerifyCommandAsync());
        var ids = await PrivacyApi.QueryAsync(Factory, "SELECT id FROM astra.audit_log ORDER BY id", r => r.GetInt64(0));
        await PrivacyApi.ExecuteAsync(Factory, $"""
            ALTER TABLE astra.audit_log DISABLE TRIGGER audit_log_no_update_or_delete;
            DELETE FROM astra.audit_log WHERE id = {ids[1]};
            ALTER TABLE astra.audit_log ENABLE TRIGGER audit_log_no_update_or_delete;
            """);

        Assert.Equal(ids[2], (await VerifyAsync()).FirstBrokenId);
    }

    [Fact]
    public async Task Concurrent_writers_keep_one_linear_chain()
    {
        var clients = await Task.WhenAll(new[] { "coordinator", "casemanager", "casemanager2", "admin" }.Select(u => Factory.ClientForAsync($"{u}@astra.local")));
        var (id, _) = await PrivacyApi.CreateCaseAsync(clients[0], PrivacyApi.Client());
        await PrivacyApi.SetTeamAsync(clients[0], id, clients[1], clients[2]);

        // Reveals take no row locks (case creation does, on the code counter), so only the chain lock orders them.
        var reveals = await Task.WhenAll(Enumerable.Range(0, 32).Select(i => clients[i % clients.Length].GetAsync($"/api/cases/{id}/client")));

        Assert.All(reveals, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var verification = await VerifyAsync();
        Assert.True(verification.IsIntact, $"chain broken at {verification.FirstBrokenId}");
        // Four sign-ins, case and team, 32 reveals.
        Assert.Equal(38, verification.RowsChecked);
        var links = await PrivacyApi.QueryAsync(Factory, "SELECT encode(prev_hash, 'hex') FROM astra.audit_log", r => r.GetString(0));
        Assert.Equal(links.Count, links.Distinct().Count());
    }

    [Theory]
    [InlineData("DELETE FROM astra.audit_log")]
    [InlineData("UPDATE astra.audit_log SET outcome = 'denied'")]
    [InlineData("TRUNCATE astra.audit_log")]
    public async Task The_service_role_cannot_change_or_remove_audit_rows(string sql)
    {
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        await PrivacyApi.CreateCaseAsync(coordinator, PrivacyApi.Client());

        // Same connection string, so same role, as the running service.
        var error = await Assert.ThrowsAsync<PostgresException>(() => PrivacyApi.ExecuteAsync(Factory, sql));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
        Assert.Equal(2, (await PrivacyApi.QueryAsync(Factory, "SELECT outcome FROM astra.audit_log WHERE action NOT LIKE 'auth.%'", r => r.GetString(0))).Count(o => o == "ok"));
    }

    [Fact]
    public async Task Admins_read_the_log_filtered_by_case_and_user_and_nobody_else_may()
    {
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        var caseManager = await Factory.ClientForAsync("casemanager@astra.local");
        var (first, firstCode) = await PrivacyApi.CreateCaseAsync(coordinator, PrivacyApi.Client());
        await PrivacyApi.CreateCaseAsync(caseManager, null);
        await PrivacyApi.SetTeamAsync(coordinator, first, caseManager);
        await caseManager.GetAsync($"/api/cases/{first}/client");
        var admin = await Factory.ClientForAsync("admin@astra.local");

        var byCase = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/audit?caseId={first}");
        Assert.Equal(["case.create", "client.create", "client.reveal"], byCase.EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        Assert.All(byCase.EnumerateArray(), e => Assert.Equal(firstCode, e.GetProperty("caseCode").GetString()));
        var byUser = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/audit?userId={await PrivacyApi.MeAsync(caseManager)}");
        Assert.Equal(["auth.sign-in", "case.create", "client.reveal"], byUser.EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        var now = Factory.Clock.GetUtcNow();
        var window = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/audit?from={Uri.EscapeDataString(now.AddMinutes(1).ToString("O"))}");
        Assert.Empty(window.EnumerateArray());
        var reversed = await admin.GetAsync($"/api/admin/audit?from={Uri.EscapeDataString(now.ToString("O"))}&to={Uri.EscapeDataString(now.AddDays(-1).ToString("O"))}");
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync("/api/admin/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseManager.PostAsync("/api/admin/audit/verify", null)).StatusCode);
        Assert.Equal(["ok", "ok", "ok", "forbidden"], (await PrivacyApi.AuditAsync(Factory, "audit.read")).Select(r => r.Outcome));
    }

    private async Task<AuditVerification> VerifyAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await AuditChainVerifier.VerifyAsync(scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>());
    }

    /// <summary>The operator's <c>verify-audit</c> command, run in-process; it reports through the exit code.</summary>
    private async Task<int> RunVerifyCommandAsync()
    {
        var previous = Environment.ExitCode;
        try
        {
            Assert.True(await SecurityCommands.TryRunAsync(WebApplication.CreateBuilder(), Factory.ConnectionString, ["verify-audit"]));
            return Environment.ExitCode;
        }
        finally
        {
            Environment.ExitCode = previous;
        }
    }
}
