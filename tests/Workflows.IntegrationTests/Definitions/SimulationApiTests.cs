using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.IntegrationTests.Engine;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Npgsql;

namespace Astra.Workflows.IntegrationTests.Definitions;

/// <summary><c>POST /api/definitions/simulate</c> through the real host: steps on the real calendar, and nothing written.</summary>
public sealed class SimulationApiTests(AstraApiFactory factory) : ApiTest(factory)
{
    // Thursday 9 April 2026, 10:00 in Belgrade; Good Friday to Easter Monday (10–13 April) are not working days.
    private const string Thursday = "2026-04-09T08:00:00Z";

    private static readonly string[] Tables =
    [
        "workflow_instances", "bookmarks", "timers", "journal", "tasks", "task_escalation_timers", "outbox",
        "notifications", "start_requests", "idempotency_keys", "definition_versions",
    ];

    [Fact]
    public async Task The_shipped_hotline_triage_simulates_on_the_working_day_calendar_and_writes_nothing()
    {
        // Something real in the tables first, so "unchanged" is not just "still empty".
        await TestDefinitions.PublishAsync(Factory, Flows.WaitForEvent);
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        var (caseId, _) = await ApiSteps.OpenCaseAsync(manager);
        await ApiSteps.StartAsync(manager, "wait-event", caseId);
        var before = await CountRowsAsync();
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        var definition = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "definitions", "hotline-triage.workflow.json"))).RootElement;

        var response = await coordinator.PostAsJsonAsync("/api/definitions/simulate", new
        {
            definition,
            startAt = Thursday,
            input = new { foreignNational = true },
            choices = new Dictionary<string, object>
            {
                ["screen"] = new { data = new { traffickingIndicators = true, foreignNational = true, priority = "medium" } },
                ["assignMedium"] = new { late = true },
            },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Completed", body.GetProperty("finalStatus").GetString());
        Assert.Equal(0, body.GetProperty("problems").GetArrayLength());
        var steps = body.GetProperty("steps").EnumerateArray().ToList();
        var first = steps.First(s => s.GetProperty("kind").GetString() == "taskCreated");
        Assert.Equal("screen", first.GetProperty("activityId").GetString());
        Assert.Equal("task.human", first.GetProperty("activityType").GetString());
        Assert.Equal("Screen the contact", first.GetProperty("name").GetString());
        Assert.Equal("CaseManager", first.GetProperty("role").GetString());
        Assert.Equal(DateTimeOffset.Parse(Thursday, System.Globalization.CultureInfo.InvariantCulture).AddHours(4), first.GetProperty("dueAt").GetDateTimeOffset());
        // Two working days from the Thursday before Easter: Tuesday 14 and Wednesday 15 April, due at the end of Wednesday.
        var assign = steps.Single(s => s.GetProperty("kind").GetString() == "taskCreated" && s.GetProperty("activityId").GetString() == "assignMedium");
        Assert.Equal("Coordinator", assign.GetProperty("role").GetString());
        Assert.Equal(OrganisationTime.EndOfDay(new DateOnly(2026, 4, 15)), assign.GetProperty("dueAt").GetDateTimeOffset());
        // Late: the organisation's default escalations (80 %, due, a working day overdue) all fire.
        Assert.Equal(3, steps.Count(s => s.GetProperty("kind").GetString() == "escalation" && s.GetProperty("activityId").GetString() == "assignMedium"));
        Assert.Single(steps, s => s.GetProperty("kind").GetString() == "handoff");
        Assert.Equal("finished", steps[^1].GetProperty("kind").GetString());

        Assert.Equal(before, await CountRowsAsync());
        Assert.Empty(await Factory.Smtp.MessagesAsync());
    }

    [Fact]
    public async Task Only_coordinators_and_admins_may_simulate_and_bad_requests_name_the_field()
    {
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        var admin = await Factory.ClientForAsync("admin@astra.local");
        var minimal = JsonDocument.Parse("""
            { "schemaVersion": 1, "definitionId": "tiny", "name": "Tiny", "activities": [ { "id": "start", "type": "flow.start" }, { "id": "end", "type": "flow.end" } ],
              "connections": [ { "from": "start", "to": "end" } ] }
            """).RootElement;

        var forbidden = await manager.PostAsJsonAsync("/api/definitions/simulate", new { definition = minimal });
        var allowed = await admin.PostAsJsonAsync("/api/definitions/simulate", new { definition = minimal });
        var invalid = await admin.PostAsJsonAsync("/api/definitions/simulate", new
        {
            definition = JsonDocument.Parse("""
                { "schemaVersion": 1, "definitionId": "bad", "name": "Bad", "activities": [ { "id": "start", "type": "flow.start" },
                  { "id": "t", "type": "task.human", "inputs": { "title": "x", "role": "CaseManager" } } ],
                  "connections": [ { "from": "start", "to": "t" } ] }
                """).RootElement,
        });
        var badFields = await admin.PostAsJsonAsync("/api/definitions/simulate", new
        {
            definition = minimal,
            startAt = "next Tuesday",
            maxSteps = 0,
            choices = new { ghost = new { outcome = "Approve" } },
        });
        var malformed = await admin.PostAsync("/api/definitions/simulate", new StringContent("{\"definition\":", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal("Completed", (await allowed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("finalStatus").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = await invalid.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("definition.activities.t.inputs.taskType", out _), problem.ToString());
        Assert.Contains(problem.GetProperty("problems").EnumerateArray(), p => p.GetProperty("activityId").GetString() == "t" && p.GetProperty("input").GetString() == "taskType");
        Assert.Equal(HttpStatusCode.BadRequest, badFields.StatusCode);
        var errors = (await badFields.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("startAt", out _));
        Assert.True(errors.TryGetProperty("maxSteps", out _));
        Assert.True(errors.TryGetProperty("choices.ghost", out _));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    private async Task<Dictionary<string, long>> CountRowsAsync()
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in Tables)
        {
#pragma warning disable CA2100 // Table names come from the constant list above.
            await using var command = new NpgsqlCommand($"select count(*) from astra.{table}", connection);
#pragma warning restore CA2100
            counts[table] = (long)(await command.ExecuteScalarAsync())!;
        }

        return counts;
    }
}
