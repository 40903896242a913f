using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.Engine.Calendar;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.Modules.Tasks.Escalations;
using Astra.Workflows.Modules.Definitions.Timers;
using Astra.Workflows.IntegrationTests.Engine;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Astra.Workflows.IntegrationTests.Tasks.TaskSteps;

namespace Astra.Workflows.IntegrationTests.Scenarios;

/// <summary>
/// One case walked through the shipped definitions: publishes every file of <c>definitions/</c>, opens a case with the
/// whole staff on its team, and drives tasks, events and the fake clock through the real API.
/// </summary>
internal sealed class Scenario(AstraApiFactory factory, Guid caseId, string code)
{
    public Guid CaseId { get; } = caseId;

    public string Code { get; } = code;

    public static async Task<Scenario> OpenAsync(AstraApiFactory factory)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "definitions"), "*.workflow.json"))
        {
            await TestDefinitions.PublishAsync(factory, await File.ReadAllTextAsync(file));
        }

        var (caseId, code) = await ApiSteps.OpenCaseAsync(await factory.ClientForAsync(CaseManager));
        var members = new List<object>();
        foreach (var email in new[] { CaseManager, CaseManager2, Lawyer })
        {
            members.Add(new { userId = (await (await factory.ClientForAsync(email)).GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetGuid() });
        }

        (await (await factory.ClientForAsync(Coordinator)).PutAsJsonAsync($"/api/cases/{caseId}/team", new { members })).EnsureSuccessStatusCode();
        return new Scenario(factory, caseId, code);
    }

    public DateTimeOffset Now => factory.Clock.GetUtcNow();

    /// <summary>Starts as a case manager, or as <paramref name="asUser"/> when the definition's startRoles leave them out.</summary>
    public async Task<Guid> StartAsync(string definitionId, object? input = null, string asUser = CaseManager)
    {
        var response = await (await factory.ClientForAsync(asUser)).PostAsJsonAsync("/api/instances", new { definitionId, caseId = CaseId, input = input ?? new { } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>The case's open tasks, as a coordinator sees them.</summary>
    public async Task<List<JsonElement>> OpenTasksAsync() =>
        Items(await QueueAsync(await factory.ClientForAsync(Coordinator), $"queue=all&caseId={CaseId}&limit=100"));

    public async Task<JsonElement> OpenTaskAsync(string taskType)
    {
        var open = await OpenTasksAsync();
        var match = open.Where(t => t.GetProperty("taskType").GetString() == taskType).ToList();
        Assert.True(match.Count == 1, $"Expected one open '{taskType}' task, got {match.Count}; open: {string.Join(", ", open.Select(t => t.GetProperty("taskType").GetString()))}");
        return match[0];
    }

    public async Task<List<string>> OpenTaskTypesAsync() =>
        [.. (await OpenTasksAsync()).Select(t => t.GetProperty("taskType").GetString()!).Order(StringComparer.Ordinal)];

    /// <summary>Completes the open task of this type as a member of its role.</summary>
    public async Task<JsonElement> CompleteAsync(string taskType, string? outcome = null, object? data = null)
    {
        var task = await OpenTaskAsync(taskType);
        var client = await factory.ClientForAsync(UserFor(task.GetProperty("role").GetString()));
        var response = await TaskStepsComplete(client, task, outcome, data);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Completing {taskType}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        await FireDueTimersAsync();
        return task;
    }

    /// <summary>Uploads a PDF to the case for the open task of this type, as its role would before completing it; returns the document id.</summary>
    public async Task<Guid> UploadForAsync(string taskType, string kind)
    {
        var task = await OpenTaskAsync(taskType);
        var client = await factory.ClientForAsync(UserFor(task.GetProperty("role").GetString()));
        var response = await CaseRecords.CaseRecordSteps.UploadAsync(client, CaseId, CaseRecords.CaseRecordSteps.Pdf(taskType), $"{taskType}.pdf", kind, taskId: task.GetProperty("id").GetGuid());
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Uploading for {taskType}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public async Task RaiseAsync(string name, object payload)
    {
        var response = await (await factory.ClientForAsync(CaseManager)).PostAsJsonAsync("/api/events", new { name, caseId = CaseId, payload });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A system event (hearings) as the service raises it: straight to the coordinator, never through the public API.</summary>
    public async Task RaiseSystemEventAsync(string name, object payload)
    {
        var coordinator = factory.Services.GetRequiredService<InstanceCoordinator>();
        var resumed = await coordinator.RaiseEventAsync(name, CaseId, JsonSerializer.SerializeToElement(payload, JsonSerializerOptions.Web), null, "test");
        Assert.True(resumed > 0, $"{name} resumed nothing");
    }

    /// <summary>Moves the fake clock and fires the bookmark timers and task escalations that fell due.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        factory.Clock.Advance(by);
        await FireDueTimersAsync();
        await FireDueEscalationsAsync();
    }

    public Task AdvanceToAsync(DateTimeOffset instant) => AdvanceAsync(instant - Now);

    public async Task<JsonElement> CaseAsync() =>
        await (await factory.ClientForAsync(Coordinator)).GetFromJsonAsync<JsonElement>($"/api/cases/{CaseId}");

    /// <summary>Definition id and status of every instance under the case, in start order.</summary>
    public async Task<List<(string DefinitionId, string Status)>> InstancesAsync() =>
        [.. (await CaseAsync()).GetProperty("instances").EnumerateArray()
            .Select(i => (i.GetProperty("definitionId").GetString()!, i.GetProperty("status").GetString()!))];

    public async Task<string> StatusAsync(string definitionId) =>
        Assert.Single(await InstancesAsync(), i => i.DefinitionId == definitionId).Status;

    public async Task<string> PhaseAsync() => (await CaseAsync()).GetProperty("phase").GetString()!;

    public async Task<JsonElement> TaskAsync(Guid id) => await GetAsync(await factory.ClientForAsync(Coordinator), id);

    /// <summary>The end of the n-th working day from today in Belgrade: what <c>{ "workingDays": n }</c> means.</summary>
    public DateTimeOffset WorkingDaysFromToday(int days) =>
        OrganisationTime.EndOfDay(factory.Services.GetRequiredService<IWorkingDayCalendar>().AddWorkingDays(OrganisationTime.Today(factory.Clock), days));

    /// <summary>The end of the n-th working day before <paramref name="date"/>: what <c>{ "workingDaysBefore": n, "of": date }</c> means.</summary>
    public DateTimeOffset WorkingDaysBefore(DateOnly date, int days) =>
        OrganisationTime.EndOfDay(WorkingDayCount.Before(factory.Services.GetRequiredService<IWorkingDayCalendar>(), date, days));

    public static string UserFor(string? role) => role switch
    {
        "Coordinator" => Coordinator,
        "Lawyer" => Lawyer,
        "Director" => Director,
        _ => CaseManager,
    };

    private static Task<HttpResponseMessage> TaskStepsComplete(HttpClient client, JsonElement task, string? outcome, object? data) =>
        Tasks.TaskSteps.CompleteAsync(client, task.GetProperty("id").GetGuid(), new { outcome, data = data ?? new { }, revision = task.GetProperty("revision").GetInt32() });

    private async Task FireDueTimersAsync()
    {
        var job = factory.Services.GetRequiredService<TimerJob>();
        for (var round = 0; round < 20; round++)
        {
            List<string> due;
            await using (var scope = factory.Services.CreateAsyncScope())
            {
                var now = Now;
                due = await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Timers.AsNoTracking()
                    .Where(t => t.DueAt <= now).OrderBy(t => t.DueAt).Select(t => t.BookmarkId).ToListAsync();
            }

            // Referral timers too: a referral.send that could not send (no consent recorded in these stories)
            // continues at once on NotSent, as the host's own dispatcher would make it.
            if (await FireDueReferralTimersAsync() > 0)
            {
                continue;
            }

            if (due.Count == 0)
            {
                return;
            }

            foreach (var id in due)
            {
                await job.FireAsync(id, CancellationToken.None);
            }
        }
    }

    private async Task<int> FireDueReferralTimersAsync()
    {
        List<Guid> due;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var now = Now;
            due = await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().ReferralTimers.AsNoTracking()
                .Where(t => t.FireAt <= now).OrderBy(t => t.FireAt).Select(t => t.Id).ToListAsync();
        }

        var job = factory.Services.GetRequiredService<Modules.Referrals.Escalations.ReferralTimerJob>();
        var fired = 0;
        foreach (var id in due)
        {
            fired += await job.FireAsync(id, CancellationToken.None) == "fired" ? 1 : 0;
        }

        return fired;
    }

    /// <summary>
    /// Rounds until none is due: firing one can leave another due (the next step of the same plan), and the host's
    /// own dispatcher may be firing the same rows; a row it holds is gone only once its effects are committed.
    /// </summary>
    private async Task FireDueEscalationsAsync()
    {
        var job = factory.Services.GetRequiredService<EscalationJob>();
        for (var round = 0; round < 20; round++)
        {
            List<Guid> due;
            await using (var scope = factory.Services.CreateAsyncScope())
            {
                var now = Now;
                due = await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().TaskEscalationTimers.AsNoTracking()
                    .Where(t => t.FireAt <= now).OrderBy(t => t.FireAt).Select(t => t.Id).ToListAsync();
            }

            if (due.Count == 0)
            {
                return;
            }

            foreach (var id in due)
            {
                await job.FireAsync(id, CancellationToken.None);
            }
        }
    }
}
