using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.Engine.Validation;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Astra.Workflows.IntegrationTests.Scenarios;

/// <summary>
/// Issue 20: each shipped workflow, simulated through the real host from Thursday 29 April 2027 — the day before
/// Orthodox Good Friday, with Labour Day on the weekend, Easter Monday and the freed Tuesday after it — has no task due
/// on a non-working day, unless its due counts calendar hours on purpose (the urgent steps, e.g. the PEP window).
/// </summary>
public sealed class EasterWeekScenarioTests(AstraApiFactory factory) : ApiTest(factory)
{
    private const string Thursday = "2027-04-29T08:00:00Z";

    public static TheoryData<string, string, string> Workflows => new()
    {
        { "hotline-triage", """{ "foreignNational": true }""", """{ "screen": { "data": { "traffickingIndicators": true, "priority": "low", "foreignNational": true } } }""" },
        { "hotline-triage", "{}", """{ "screen": { "data": { "traffickingIndicators": true, "priority": "medium" } }, "assignMedium": { "late": true } }""" },
        { "hotline-triage", "{}", """{ "screen": { "data": { "minor": true, "priority": "high" } } }""" },
        { "identification-emergency", """{ "foreignNational": true, "child": false }""", """{ "risk": { "data": { "riskLevel": "high", "recentSexualViolence": true, "accommodation": true } } }""" },
        { "recovery-support-plan", "{}", """{ "needs": { "data": { "summary": "x" } }, "documents": { "data": { "institution": "Centre for social work", "request": "ID card" } }, "documentsFollowUp": { "outcome": "Resolved" } }""" },
        // The reflection period started on 3 April ends on Sunday 2 May (Easter, Labour Day); the permit expires on a Monday.
        { "foreign-nationals", "{}", """{ "reflection": { "data": { "startsOn": "2027-04-03" } }, "plan14": { "data": { "choice": "residence" } }, "residence": { "data": { "expiresOn": "2027-11-15" } }, "renew": { "outcome": "NotNeeded" } }""" },
        { "reintegration", "{}", "{}" },
        { "court-proceedings", "{}", """{ "register": { "data": { "court": "Higher Court (fictional)", "caseNumber": "K 1/27", "clientRole": "injured party", "kind": "criminal" } } }""" },
    };

    [Theory]
    [MemberData(nameof(Workflows))]
    public async Task No_task_started_in_Easter_week_falls_due_on_a_non_working_day_unless_it_counts_hours(string definitionId, string input, string choices)
    {
        var definition = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "definitions", $"{definitionId}.workflow.json"))).RootElement;
        // A task's due, or a referral's respondWithin (a referral waiting for an answer shows as a task too).
        var dues = definition.GetProperty("activities").EnumerateArray()
            .Select(a => (Id: a.GetProperty("id").GetString()!, Due: a.TryGetProperty("inputs", out var i) && (i.TryGetProperty("due", out var due) || i.TryGetProperty("respondWithin", out due)) ? due.Clone() : (JsonElement?)null))
            .Where(a => a.Due is not null)
            .ToDictionary(a => a.Id, a => a.Due!.Value);
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");

        var response = await coordinator.PostAsJsonAsync("/api/definitions/simulate", new
        {
            definition,
            startAt = Thursday,
            input = JsonDocument.Parse(input).RootElement,
            choices = JsonDocument.Parse(choices).RootElement,
            horizonDays = 400,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.DoesNotContain(body.GetProperty("steps").EnumerateArray(), s => s.GetProperty("kind").GetString() == "fault");
        Assert.DoesNotContain(body.GetProperty("problems").EnumerateArray(), p => p.GetString()!.Contains("not a working day", StringComparison.Ordinal));
        var calendar = Factory.Services.GetRequiredService<IWorkingDayCalendar>();
        var created = body.GetProperty("steps").EnumerateArray()
            .Where(s => s.GetProperty("kind").GetString() == "taskCreated" && s.TryGetProperty("dueAt", out _))
            .ToList();
        Assert.NotEmpty(created);
        var onNonWorkingDays = created
            .Where(s => !(dues.TryGetValue(s.GetProperty("activityId").GetString()!, out var due) && NonWorkingDayWarnings.CountsCalendarHours(due)))
            .Select(s => (Activity: s.GetProperty("activityId").GetString()!, Day: DueDay(s.GetProperty("dueAt").GetDateTimeOffset())))
            .Where(d => !calendar.IsWorkingDay(d.Day))
            .Select(d => $"{d.Activity} on {d.Day.DayOfWeek} {d.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}")
            .ToList();
        Assert.True(onNonWorkingDays.Count == 0, string.Join(", ", onNonWorkingDays));
    }

    /// <summary>A due day ends at midnight starting the next day in Belgrade: the day is the one just before that instant.</summary>
    private static DateOnly DueDay(DateTimeOffset dueAt) => DateOnly.FromDateTime(OrganisationTime.ToLocal(dueAt.AddTicks(-1)).DateTime);
}
