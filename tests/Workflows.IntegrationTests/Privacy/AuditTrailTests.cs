using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.Host.Security;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Cases.Privacy;
using Astra.Workflows.Modules.Platform.Audit;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
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
    public async Task A_row_edited_as_the_database_owner_with_the_sha256_chain_recomputed_is_found_by_verify()
    {
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        var (id, _) = await PrivacyApi.CreateCaseAsync(coordinator, PrivacyApi.Client());
        await coordinator.PostAsJsonAsync($"/api/cases/{id}/client/reveal", new { reason = "Preparing the court hearing" });
        await PrivacyApi.CreateCaseAsync(coordinator, null);
        var before = await VerifyAsync();
        Assert.True(before.IsIntact);
        // Three acts and the coordinator's sign-in.
        Assert.Equal(5, before.RowsChecked);
        var reveal = Assert.Single(await PrivacyApi.AuditAsync(Factory, "client.reveal"));

        // A superuser hides that they looked: switch the guard off, rewrite the row, and recompute every
        // hash after it the way anyone could (plain SHA-256 over the row), so each link holds again.
        await PrivacyApi.ExecuteAsync(Factory, $"""
            ALTER TABLE astra.audit_log DISABLE TRIGGER audit_log_no_update_or_delete;
            UPDATE astra.audit_log SET outcome = 'failed' WHERE id = {reveal.Id};
            """);
        await PlainSha256Chain.RecomputeAsync(Factory.ConnectionString);
        await PrivacyApi.ExecuteAsync(Factory, "ALTER TABLE astra.audit_log ENABLE TRIGGER audit_log_no_update_or_delete;");

        var admin = await Factory.ClientForAsync("admin@astra.local");
        var viaApi = await (await admin.PostAsync("/api/admin/audit/verify", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(viaApi.GetProperty("intact").GetBoolean());
        Assert.Equal(1, viaApi.GetProperty("firstBrokenId").GetInt64());
        Assert.Equal(1, await RunVerifyCommandAsync());
    }

    [Fact]
    public async Task Editing_one_row_is_found_at_that_row()
    {
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        var (id, _) = await PrivacyApi.CreateCaseAsync(coordinator, PrivacyApi.Client());
        await coordinator.PostAsJsonAsync($"/api/cases/{id}/client/reveal", new { reason = "Preparing the court hearing" });
        var reveal = Assert.Single(await PrivacyApi.AuditAsync(Factory, "client.reveal"));

        await PrivacyApi.ExecuteAsync(Factory, $"""
            ALTER TABLE astra.audit_log DISABLE TRIGGER audit_log_no_update_or_delete;
            UPDATE astra.audit_log SET outcome = 'failed' WHERE id = {reveal.Id};
            ALTER TABLE astra.audit_log ENABLE TRIGGER audit_log_no_update_or_delete;
            """);

        Assert.Equal(reveal.Id, (await VerifyAsync()).FirstBrokenId);
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
        var reveals = await Task.WhenAll(Enumerable.Range(0, 32).Select(i => clients[i % clients.Length].PostAsJsonAsync($"/api/cases/{id}/client/reveal", new { reason = "Preparing the court hearing" })));

        Assert.All(reveals, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var verification = await VerifyAsync();
        Assert.True(verification.IsIntact, $"chain broken at {verification.FirstBrokenId}");
        // Four sign-ins, case and client, the team change, then 32 reveals.
        Assert.Equal(39, verification.RowsChecked);
        var links = await PrivacyApi.QueryAsync(Factory, "SELECT encode(prev_hash, 'hex') FROM astra.audit_log", r => r.GetString(0));
        Assert.Equal(links.Count, links.Distinct().Count());
    }

    [Theory]
    [InlineData("DELETE FROM astra.audit_log")]
    [InlineData("UPDATE astra.audit_log SET outcome = 'denied'")]
    [InlineData("TRUNCATE astra.audit_log")]
    [InlineData("ALTER TABLE astra.audit_log DISABLE TRIGGER audit_log_no_update_or_delete")]
    [InlineData("ALTER TABLE astra.audit_log DISABLE TRIGGER ALL")]
    [InlineData("ALTER TABLE astra.audit_log ADD COLUMN note text")]
    [InlineData("DROP TRIGGER audit_log_no_update_or_delete ON astra.audit_log")]
    [InlineData("DROP TABLE astra.audit_log")]
    [InlineData("SET session_replication_role = replica")]
    public async Task The_service_login_cannot_change_remove_or_unguard_audit_rows(string sql)
    {
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        await PrivacyApi.CreateCaseAsync(coordinator, PrivacyApi.Client());

        // The host's own connection string (ConnectionStrings:Astra), so the role the service runs as.
        var error = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(Factory.RuntimeConnectionString, sql));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
        Assert.Equal(2, (await PrivacyApi.QueryAsync(Factory, "SELECT outcome FROM astra.audit_log WHERE action NOT LIKE 'auth.%'", r => r.GetString(0))).Count(o => o == "ok"));
    }

    [Fact]
    public async Task The_service_runs_as_the_runtime_role_which_owns_nothing()
    {
        string serviceRole;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            serviceRole = await db.Database.SqlQueryRaw<string>("SELECT current_user::text AS \"Value\"").SingleAsync();
        }

        var runtime = new NpgsqlConnectionStringBuilder(Factory.RuntimeConnectionString).Username!;
        var rights = Assert.Single(await PrivacyApi.QueryAsync(Factory, """
            SELECT pg_get_userbyid(c.relowner),
                   has_table_privilege(@runtime, 'astra.audit_log', 'INSERT'),
                   has_table_privilege(@runtime, 'astra.audit_log', 'UPDATE'),
                   has_table_privilege(@runtime, 'astra.cases', 'UPDATE'),
                   has_table_privilege(@runtime, 'hangfire.job', 'INSERT'),
                   (SELECT rolsuper FROM pg_roles WHERE rolname = @runtime),
                   (SELECT count(*) FROM pg_class k JOIN pg_namespace n ON n.oid = k.relnamespace
                    WHERE n.nspname IN ('astra', 'hangfire') AND pg_get_userbyid(k.relowner) = @runtime)
            FROM pg_class c WHERE c.oid = 'astra.audit_log'::regclass
            """,
            r => (Owner: r.GetString(0), Insert: r.GetBoolean(1), Update: r.GetBoolean(2), CaseUpdate: r.GetBoolean(3), Hangfire: r.GetBoolean(4), Super: r.GetBoolean(5), Owned: r.GetInt64(6)),
            ("runtime", runtime)));

        Assert.Equal(runtime, serviceRole);
        Assert.Equal(new NpgsqlConnectionStringBuilder(Factory.OwnerConnectionString).Username, rights.Owner);
        Assert.True(rights.Insert);
        Assert.False(rights.Update);
        Assert.True(rights.CaseUpdate);
        Assert.True(rights.Hangfire);
        Assert.False(rights.Super);
        Assert.Equal(0, rights.Owned);
    }

    [Fact]
    public async Task Admins_read_the_log_filtered_by_case_and_user_and_nobody_else_may()
    {
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        var caseManager = await Factory.ClientForAsync("casemanager@astra.local");
        var (first, firstCode) = await PrivacyApi.CreateCaseAsync(coordinator, PrivacyApi.Client());
        await PrivacyApi.CreateCaseAsync(caseManager, null);
        await PrivacyApi.SetTeamAsync(coordinator, first, caseManager);
        await caseManager.PostAsJsonAsync($"/api/cases/{first}/client/reveal", new { reason = "Preparing the court hearing" });
        var admin = await Factory.ClientForAsync("admin@astra.local");

        var byCase = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/audit?caseId={first}");
        Assert.Equal(["client.reveal", "team.change", "client.create", "case.create"], byCase.EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        Assert.All(byCase.EnumerateArray(), e => Assert.Equal(firstCode, e.GetProperty("caseCode").GetString()));
        var byUser = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/audit?userId={await PrivacyApi.MeAsync(caseManager)}");
        Assert.Equal(["client.reveal", "case.create", "auth.sign-in"], byUser.EnumerateArray().Select(e => e.GetProperty("action").GetString()));
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
        return await AuditChainVerifier.VerifyAsync(scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>(), Factory.Services.GetRequiredService<AuditKey>());
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The operator's <c>verify-audit</c> command, run in-process; it reports through the exit code.</summary>
    private async Task<int> RunVerifyCommandAsync()
    {
        var previous = Environment.ExitCode;
        try
        {
            var builder = WebApplication.CreateBuilder();
            builder.Configuration["Astra:Security:AuditKeyFile"] = Factory.AuditKeyFile;
            builder.Configuration["Astra:Security:AuditAnchorDirectory"] = Factory.AuditAnchorDirectory;
            Assert.True(await SecurityCommands.TryRunAsync(builder, Factory.RuntimeConnectionString, ["verify-audit"]));
            return Environment.ExitCode;
        }
        finally
        {
            Environment.ExitCode = previous;
        }
    }
}
