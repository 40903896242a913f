using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.Modules.Legal.Alerts;
using Astra.Workflows.Modules.Notifications.Outbox;
using Astra.Workflows.IntegrationTests.Engine;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Astra.Workflows.IntegrationTests.Lawyers;

internal static class LawyerSteps
{
    public const string Coordinator = "coordinator@astra.local";
    public const string Lawyer = "lawyer@astra.local";
    public const string Lawyer2 = "lawyer2@astra.local";
    public const string Director = "director@astra.local";
    public const string CaseManager = "casemanager@astra.local";

    public static async Task<Guid> UserIdAsync(AstraApiFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    /// <summary>A coordinator opens a case and a criminal proceeding led by <paramref name="leadEmail"/>.</summary>
    public static async Task<(Guid CaseId, string Code, Guid ProceedingId)> OpenProceedingAsync(AstraApiFactory factory, string leadEmail = Lawyer)
    {
        var coordinator = await factory.ClientForAsync(Coordinator);
        var (caseId, code) = await ApiSteps.OpenCaseAsync(coordinator);
        var response = await coordinator.PostAsJsonAsync($"/api/cases/{caseId}/proceedings", new
        {
            kind = "criminal",
            court = "Higher Court in Belgrade",
            courtCaseNumber = "K-123/26",
            clientRole = "injuredParty",
            leadLawyerId = await UserIdAsync(factory, leadEmail),
            lawyerIds = Array.Empty<Guid>(),
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (caseId, code, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    public static string Iso(DateTimeOffset instant) =>
        OrganisationTime.ToLocal(instant).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>Schedules a hearing, confirming a non-working day: callers pick times relative to today, which can be any weekday.</summary>
    public static async Task<JsonElement> ScheduleAsync(HttpClient client, Guid proceedingId, DateTimeOffset startsAt, string? notes = null)
    {
        var response = await client.PostAsJsonAsync($"/api/proceedings/{proceedingId}/hearings", new { startsAt = Iso(startsAt), kind = "mainTrial", room = "12", notes, confirmNonWorkingDay = true });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }

    /// <summary>Runs the alert and outbox dispatchers (as the background loops would) until a mail to <paramref name="to"/> arrives.</summary>
    public static async Task<CaughtMail> DispatchUntilMailAsync(AstraApiFactory factory, string to)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            await DispatchOnceAsync(factory);
            var match = (await factory.Smtp.MessagesAsync()).FirstOrDefault(m => m.To.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase)));
            if (match is not null)
            {
                return match;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"No e-mail to {to} within 30 s.");
    }

    /// <summary>Dispatches for a few seconds so anything that would be sent has been; then returns what arrived.</summary>
    public static async Task<IReadOnlyList<CaughtMail>> DispatchForAWhileAsync(AstraApiFactory factory)
    {
        for (var i = 0; i < 10; i++)
        {
            await DispatchOnceAsync(factory);
            await Task.Delay(300);
        }

        return await factory.Smtp.MessagesAsync();
    }

    private static async Task DispatchOnceAsync(AstraApiFactory factory)
    {
        await factory.Services.GetRequiredService<LegalAlertDispatcher>().DispatchDueAsync(CancellationToken.None);
        await factory.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
    }
}
