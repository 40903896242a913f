using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Notifications.Outbox;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Referrals.Escalations;
using Astra.Workflows.Modules.Referrals.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Astra.Workflows.IntegrationTests.Referrals;

internal static partial class ReferralSteps
{
    public const string CaseManager = "casemanager@astra.local";
    public const string CaseManager2 = "casemanager2@astra.local";
    public const string Coordinator = "coordinator@astra.local";
    public const string Admin = "admin@astra.local";
    public const string ClientName = "Zorica Vukašinović-Trifunović";
    public const string SecretReason = "Disclosed sexual violence on 3 December";

    [GeneratedRegex(@"/r/([A-Za-z0-9_-]{43})")]
    private static partial Regex LinkPattern();

    /// <summary>A case manager opens a case for a named client (so the name can be searched for in what leaves ASTRA).</summary>
    public static async Task<(HttpClient Client, Guid CaseId, string Code)> OpenNamedCaseAsync(AstraApiFactory factory)
    {
        var client = await factory.ClientForAsync(CaseManager);
        var response = await client.PostAsJsonAsync("/api/cases", new { client = new { fullName = ClientName, dateOfBirth = "1999-04-17", nationality = "RS" } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (client, body.GetProperty("id").GetGuid(), body.GetProperty("code").GetString()!);
    }

    public static async Task GiveConsentAsync(HttpClient client, Guid caseId, string purpose, AstraApiFactory factory)
    {
        var response = await client.PostAsJsonAsync($"/api/cases/{caseId}/consents", new { purpose, givenAt = factory.Clock.GetUtcNow().AddMinutes(-5) });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    public static async Task<Guid> ClinicIdAsync(AstraApiFactory factory) => await PartnerIdAsync(factory, DemoPartners.ClinicEmail);

    public static async Task<Guid> PartnerIdAsync(AstraApiFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Partners.Where(p => p.Email == email).Select(p => p.Id).SingleAsync();
    }

    public static Task<HttpResponseMessage> SendAsync(HttpClient client, Guid caseId, Guid partnerId, string? overrideReason = null, object? respondWithin = null) =>
        client.PostAsJsonAsync($"/api/cases/{caseId}/referrals", new
        {
            partnerId,
            services = new[] { "hiv-hepatitis-testing" },
            reason = SecretReason,
            urgency = "urgent",
            respondWithin = respondWithin ?? new { workingDays = 2 },
            interpreterLanguage = "Romanian",
            overrideReason,
        });

    /// <summary>Runs the referral timers and the outbox (as the background loops would) until a mail to <paramref name="to"/> arrives.</summary>
    public static async Task<CaughtMail> DispatchUntilMailAsync(AstraApiFactory factory, string to, Func<CaughtMail, bool>? match = null)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            await DispatchOnceAsync(factory);
            var found = (await factory.Smtp.MessagesAsync()).FirstOrDefault(m =>
                m.To.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase)) && (match is null || match(m)));
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"No e-mail to {to} within 30 s.");
    }

    public static async Task DispatchOnceAsync(AstraApiFactory factory)
    {
        await factory.Services.GetRequiredService<ReferralTimerDispatcher>().DispatchDueAsync(CancellationToken.None);
        await factory.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
    }

    public static string TokenFrom(CaughtMail mail)
    {
        var match = LinkPattern().Match(mail.Text ?? string.Empty);
        Assert.True(match.Success, "The referral e-mail carries an answer link.");
        return match.Groups[1].Value;
    }

    public static Task<HttpResponseMessage> PostFormAsync(HttpClient anonymous, string token, params (string Key, string Value)[] fields) =>
        anonymous.PostAsync($"/r/{token}", new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))));

    public static async Task<JsonElement> ReferralAsync(HttpClient client, Guid id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/referrals/{id}");

    public static async Task<List<AuditEntryEntity>> AuditAsync(AstraApiFactory factory, string action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Set<AuditEntryEntity>().AsNoTracking()
            .Where(a => a.Action == action).OrderBy(a => a.Id).ToListAsync();
    }

    /// <summary>An instant as a browser's datetime-local field sends it, in Belgrade time.</summary>
    public static string Local(DateTimeOffset instant) =>
        Astra.Workflows.Engine.Time.OrganisationTime.ToLocal(instant).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<string> StateDumpAsync(AstraApiFactory factory, Guid referralId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var row = await db.Referrals.IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.Id == referralId);
        var services = await db.ServicesDelivered.IgnoreQueryFilters().CountAsync(s => s.ReferralId == referralId);
        return $"{row.Status}|{row.AppointmentAt:O}|{row.DeclineReason}|{row.Outcome}|{row.Revision}|{services}";
    }
}
