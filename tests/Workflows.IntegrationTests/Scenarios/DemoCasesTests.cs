using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.Host.Demo;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static Astra.Workflows.IntegrationTests.Tasks.TaskSteps;

namespace Astra.Workflows.IntegrationTests.Scenarios;

public sealed class DemoCasesTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Demo_seeding_gives_the_case_manager_open_due_soon_and_overdue_tasks_and_the_lawyer_hearing_preparation_once()
    {
        await SeedAsync();

        var manager = await Factory.ClientForAsync(CaseManager);
        Assert.NotEmpty(Items(await QueueAsync(manager, "queue=available&limit=100")));
        // Every task a story gives the case manager is there, also one that follows a referral the demo could not send.
        var mine = Items(await QueueAsync(manager, "queue=mine&limit=100")).Select(t => t.GetProperty("taskType").GetString()).ToList();
        Assert.Subset(new HashSet<string?> { "screen-contact", "needs-assessment", "arrange-testing" }, mine.ToHashSet());
        // Demo tasks come from the shipped workflows, which are translated: a Serbian reader sees no English title.
        using (var request = new HttpRequestMessage(HttpMethod.Get, "/api/tasks?queue=mine&limit=100"))
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", "sr-Latn");
            var serbian = await (await manager.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
            var english = Items(await QueueAsync(manager, "queue=mine&limit=100")).ToDictionary(t => t.GetProperty("id").GetGuid(), t => t.GetProperty("title").GetString());
            Assert.All(serbian.GetProperty("items").EnumerateArray(), t => Assert.NotEqual(english[t.GetProperty("id").GetGuid()], t.GetProperty("title").GetString()));
        }

        Assert.NotEmpty(Items(await QueueAsync(manager, "queue=dueSoon&limit=100")));
        Assert.NotEmpty(Items(await QueueAsync(manager, "queue=overdue&limit=100")));
        var lawyer = await Factory.ClientForAsync(Lawyer);
        Assert.Contains(Items(await QueueAsync(lawyer, "queue=mine&limit=100")), t => t.GetProperty("taskType").GetString() == "prepare-client");
        Assert.NotEmpty(Items(await QueueAsync(lawyer, "queue=dueSoon&limit=100")));
        var counts = await manager.GetFromJsonAsync<JsonElement>("/api/tasks/counts");
        Assert.True(counts.GetProperty("mine").GetInt32() > 0 && counts.GetProperty("dueSoon").GetInt32() > 0 && counts.GetProperty("overdue").GetInt32() > 0, counts.ToString());
        var cases = (await (await Factory.ClientForAsync(Coordinator)).GetFromJsonAsync<JsonElement>("/api/instances")).GetArrayLength();
        Assert.True(cases >= 12, $"{cases} instances");

        await SeedAsync();
        Assert.Equal(cases, (await (await Factory.ClientForAsync(Coordinator)).GetFromJsonAsync<JsonElement>("/api/instances")).GetArrayLength());
    }

    [Fact]
    public async Task Demo_seeding_gives_the_lawyer_proceedings_with_upcoming_and_past_hearings_and_legal_deadlines()
    {
        await SeedAsync();
        var lawyer = await Factory.ClientForAsync(Lawyer);
        var now = Factory.Clock.GetUtcNow();
        var today = OrganisationTime.Today(Factory.Clock);

        var hearings = (await lawyer.GetFromJsonAsync<JsonElement>("/api/hearings?mine=true")).EnumerateArray().ToList();
        var upcoming = hearings.Where(h => h.GetProperty("status").GetString() == "scheduled" && h.GetProperty("startsAt").GetDateTimeOffset() > now).ToList();
        Assert.True(upcoming.Count >= 2, $"{upcoming.Count} upcoming hearings");
        Assert.Contains(upcoming, h => h.GetProperty("startsAt").GetDateTimeOffset() <= now.AddDays(7));
        Assert.Contains(hearings, h => h.GetProperty("startsAt").GetDateTimeOffset() < now);
        Assert.Contains(hearings, h => h.GetProperty("status").GetString() == "cancelled");
        Assert.All(hearings, h => Assert.DoesNotContain("Demo", h.GetProperty("court").GetString(), StringComparison.Ordinal));
        // Issue 20: the demo shows ordinary hearings, none on a weekend, holiday or closure, whatever today is.
        foreach (var h in hearings)
        {
            var read = await lawyer.GetFromJsonAsync<JsonElement>($"/api/hearings/{h.GetProperty("id").GetGuid()}");
            Assert.False(read.GetProperty("nonWorkingDay").GetBoolean(), $"demo hearing on {read.GetProperty("startsAt")}: {read.GetProperty("nonWorkingReason")}");
        }

        var deadlines = (await lawyer.GetFromJsonAsync<JsonElement>("/api/deadlines?mine=true")).EnumerateArray().ToList();
        Assert.True(deadlines.Count >= 2, $"{deadlines.Count} deadlines");
        var hard = Assert.Single(deadlines, d => d.GetProperty("hard").GetBoolean());
        var calendar = Factory.Services.GetRequiredService<IWorkingDayCalendar>();
        Assert.Equal(calendar.AddWorkingDays(today, 3), DateOnly.Parse(hard.GetProperty("dueOn").GetString()!, CultureInfo.InvariantCulture));
        var soft = deadlines.Where(d => !d.GetProperty("hard").GetBoolean()).Select(d => DateOnly.Parse(d.GetProperty("dueOn").GetString()!, CultureInfo.InvariantCulture)).ToList();
        Assert.Contains(soft, d => d < today);
        Assert.Contains(soft, d => d >= today.AddDays(8) && d <= today.AddDays(14));
        Assert.All(deadlines, d => Assert.Equal("open", d.GetProperty("status").GetString()));

        // Named on the proceedings, so on the case team: the case detail shows the lawyer's proceeding to them.
        var caseId = upcoming[0].GetProperty("caseId").GetGuid();
        var detail = await lawyer.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}");
        Assert.NotEmpty(detail.GetProperty("proceedings").EnumerateArray());
        Assert.Contains(detail.GetProperty("team").EnumerateArray(), m => m.GetProperty("roles").EnumerateArray().Any(r => r.GetString() == "Lawyer"));

        // Alerts are armed as for any hearing and deadline, and no workflow faulted on the way.
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        Assert.True(await db.LegalAlertTimers.CountAsync(t => t.HearingId != null) > 0);
        Assert.True(await db.LegalAlertTimers.CountAsync(t => t.DeadlineId != null) > 0);
        Assert.Equal(0, await db.Instances.CountAsync(i => i.Status == "Faulted"));
    }

    private Task SeedAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddConfiguration(Factory.Services.GetRequiredService<IConfiguration>())
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Astra:Demo:Cases"] = "true" })
            .Build();
        return DemoCaseSeeder.SeedAsync(Factory.Services, configuration, Factory.Services.GetRequiredService<IHostEnvironment>());
    }
}
