using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.IntegrationTests.Engine;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Referrals.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Astra.Workflows.IntegrationTests.Hotline.HotlineSteps;
using static Astra.Workflows.IntegrationTests.Reports.ReportSteps;

namespace Astra.Workflows.IntegrationTests.Reports;

/// <summary>The assistance reports, contributed by the Referrals module, over services and referrals the test makes.</summary>
public sealed class AssistanceReportTests(AstraApiFactory factory) : ApiTest(factory)
{
    private static async Task<Guid> RecordAsync(HttpClient client, Guid caseId, string serviceKey, DateOnly on, Guid? partnerId = null, string? fundingProjectKey = null)
    {
        var response = await client.PostAsJsonAsync($"/api/cases/{caseId}/services", new { serviceKey, deliveredOn = on, partnerId, fundingProjectKey });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Days_to_first_service_start_at_the_first_hotline_contact_and_services_count_by_type_provider_and_project()
    {
        await PublishShippedAsync(Factory);
        var admin = await Factory.ClientForAsync(Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/funding-projects/eu-2026", new { name = "EU project 2026" })).StatusCode);
        var manager = await Factory.ClientForAsync(CaseManager);
        var clinic = await Referrals.ReferralSteps.ClinicIdAsync(Factory);

        // A person who first called 40 days ago and whose case was opened from a later call.
        await LogAsync(manager, new { callerNumber = "063 777 1234", occurredAt = Factory.Clock.GetUtcNow().AddDays(-40) });
        var call = await LogAsync(manager, new { callerNumber = "063 777 1234" });
        var fromHotline = (await (await manager.PostAsJsonAsync($"/api/contacts/{call.GetProperty("id").GetGuid()}/open-case", new { })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetGuid();
        var threeDaysAgo = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            threeDaysAgo.Add((await ApiSteps.OpenCaseAsync(manager)).Id);
        }

        Factory.Clock.Advance(TimeSpan.FromDays(3));
        // Sign in again: the session does not outlive three days.
        manager = await Factory.ClientForAsync(CaseManager);
        var today = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            today.Add((await ApiSteps.OpenCaseAsync(manager)).Id);
        }

        var day = OrganisationTime.Today(Factory.Clock);
        foreach (var id in threeDaysAgo)
        {
            await RecordAsync(manager, id, "legal-aid", day, fundingProjectKey: "eu-2026");
        }

        foreach (var id in today)
        {
            await RecordAsync(manager, id, "psychological-counselling", day);
        }

        foreach (var id in today.Take(3))
        {
            await RecordAsync(manager, id, "hiv-hepatitis-testing", day, partnerId: clinic);
        }

        await RecordAsync(manager, fromHotline, "information", day);
        // Recorded by mistake and withdrawn: counts nowhere.
        var mistake = await RecordAsync(manager, threeDaysAgo[0], "legal-aid", day, fundingProjectKey: "eu-2026");
        var voided = await manager.PostAsJsonAsync($"/api/services-delivered/{mistake}/correct", new { serviceKey = "legal-aid", deliveredOn = day, voided = true });
        Assert.True(voided.IsSuccessStatusCode, await voided.Content.ReadAsStringAsync());
        var reporting = await Factory.ClientForAsync(Reporting);
        var period = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var days = ReportTable.From(await ReportAsync(reporting, "assistance-days-to-first-service", period, period));
        var byType = ReportTable.From(await ReportAsync(reporting, "assistance-services-by-type", period, period));
        var byProject = ReportTable.From(await ReportAsync(reporting, "assistance-services-by-funding", period, period));
        var byMonth = ReportTable.From(await ReportAsync(reporting, "assistance-services-by-month", period, period));

        Assert.Equal(["0–1 days", "2–7 days", "8–30 days", "31–90 days", "More than 90 days"], days.RowLabels);
        Assert.Equal("6", days["0–1 days", "Cases"]);
        Assert.Equal("<5", days["31–90 days", "Cases"]);
        Assert.Equal("12", days.Total);
        days.AssertShownTruthfullyAndSafely(new Dictionary<(string, string), int>
        {
            [("0–1 days", "Cases")] = 6, [("2–7 days", "Cases")] = 5, [("31–90 days", "Cases")] = 1,
        });

        Assert.Equal(["Provided by ASTRA", "Provided by a partner"], byType.Columns);
        Assert.Equal("6", byType["Psychological counselling", "Provided by ASTRA"]);
        Assert.Equal("<5", byType["HIV and hepatitis B/C testing with pre/post-test counselling", "Provided by a partner"]);
        Assert.Equal("15", byType.Total);
        byType.AssertShownTruthfullyAndSafely(new Dictionary<(string, string), int>
        {
            [("Legal aid", "Provided by ASTRA")] = 5,
            [("Psychological counselling", "Provided by ASTRA")] = 6,
            [("HIV and hepatitis B/C testing with pre/post-test counselling", "Provided by a partner")] = 3,
            [("Information", "Provided by ASTRA")] = 1,
        });

        Assert.Equal(["EU project 2026", "No funding project"], byProject.RowLabels);
        Assert.Equal("15", byProject.Total);
        byProject.AssertShownTruthfullyAndSafely(new Dictionary<(string, string), int>
        {
            [("EU project 2026", "Provided by ASTRA")] = 5, [("No funding project", "Provided by ASTRA")] = 7, [("No funding project", "Provided by a partner")] = 3,
        });

        Assert.Equal([period[..7]], byMonth.RowLabels);
        Assert.Equal("15", byMonth.Total);
        byMonth.AssertShownTruthfullyAndSafely(new Dictionary<(string, string), int>
        {
            [(period[..7], "Provided by ASTRA")] = 12, [(period[..7], "Provided by a partner")] = 3,
        });
    }

    [Fact]
    public async Task Referrals_count_by_partner_kind_and_where_each_stands_outgoing_only()
    {
        var clinic = await Referrals.ReferralSteps.ClinicIdAsync(Factory);
        var created = new DateTimeOffset(2026, 5, 12, 10, 0, 0, TimeSpan.Zero);
        await SeedReferralsAsync(6, r => (r.PartnerId, r.Status) = (clinic, ReferralStatuses.Accepted));
        await SeedReferralsAsync(3, r => (r.PartnerId, r.Status) = (clinic, ReferralStatuses.Declined));
        await SeedReferralsAsync(5, r => (r.PartnerId, r.Status, r.Outcome) = (clinic, ReferralStatuses.Completed, "served"));
        await SeedReferralsAsync(1, r => (r.PartnerId, r.Status, r.NotSentReason) = (null, ReferralStatuses.NotSent, "noPartner"));
        // Incoming, and one made before the period: neither counts.
        await SeedReferralsAsync(2, r => (r.PartnerId, r.Status, r.Direction) = (clinic, ReferralStatuses.Received, ReferralDirections.Incoming));
        await SeedReferralsAsync(1, r => (r.PartnerId, r.Status, r.CreatedAt) = (clinic, ReferralStatuses.Accepted, created.AddMonths(-2)));
        var reporting = await Factory.ClientForAsync(Reporting);

        var table = ReportTable.From(await ReportAsync(reporting, "assistance-referrals-by-partner-kind", "2026-05-01", "2026-05-31"));

        Assert.Equal("6", table["Health care", "Accepted"]);
        Assert.Equal("<5", table["Health care", "Declined"]);
        Assert.Equal("15", table.Total);
        table.AssertShownTruthfullyAndSafely(new Dictionary<(string, string), int>
        {
            [("Health care", "Accepted")] = 6, [("Health care", "Declined")] = 3, [("Health care", "Completed: served")] = 5,
            [("No partner found (not sent)", "Not sent")] = 1,
        });

        async Task SeedReferralsAsync(int count, Action<ReferralEntity> shape)
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<WorkflowsDbContext>>().CreateDbContextAsync();
            for (var i = 0; i < count; i++)
            {
                var row = new ReferralEntity
                {
                    Id = Guid.NewGuid(), CaseId = Guid.NewGuid(), CaseCode = "AS-2026-00001", Direction = ReferralDirections.Outgoing,
                    Services = ["legal-aid"], Reason = "test", Urgency = "routine", SharingBasis = "consent", CreatedAt = created,
                };
                shape(row);
                db.Referrals.Add(row);
            }

            await db.SaveChangesAsync();
        }
    }

    [Fact]
    public async Task The_overview_shows_referrals_waiting_for_an_answer_and_those_past_their_deadline()
    {
        var (client, caseId, _) = await Referrals.ReferralSteps.OpenNamedCaseAsync(Factory);
        await Referrals.ReferralSteps.GiveConsentAsync(client, caseId, "sharing-health", Factory);
        var clinic = await Referrals.ReferralSteps.ClinicIdAsync(Factory);
        var first = await SendAsync(client, caseId, clinic);
        var director = await Factory.ClientForAsync(Director);

        var before = (await director.GetFromJsonAsync<JsonElement>("/api/overview")).GetProperty("referralsWaiting");
        Assert.Equal(1, before.GetProperty("waiting").GetInt32());
        Assert.Equal(0, before.GetProperty("pastDeadline").GetInt32());

        // Two working days pass with no answer: the referral expires and still waits, now past its deadline.
        Factory.Clock.Advance(TimeSpan.FromDays(6));
        await ExpireAsync(first);
        (client, director) = (await Factory.ClientForAsync(Referrals.ReferralSteps.CaseManager), await Factory.ClientForAsync(Director));
        var second = await SendAsync(client, caseId, clinic);
        var after = (await director.GetFromJsonAsync<JsonElement>("/api/overview")).GetProperty("referralsWaiting");

        Assert.Equal(2, after.GetProperty("waiting").GetInt32());
        Assert.Equal(1, after.GetProperty("pastDeadline").GetInt32());
        Assert.Equal(30, after.GetProperty("recentDays").GetInt32());

        // Thirty days after their deadlines the expired ones have left the list.
        Factory.Clock.Advance(TimeSpan.FromDays(40));
        await ExpireAsync(second);
        director = await Factory.ClientForAsync(Director);
        var later = (await director.GetFromJsonAsync<JsonElement>("/api/overview")).GetProperty("referralsWaiting");
        Assert.Equal(0, later.GetProperty("waiting").GetInt32());

        static async Task<Guid> SendAsync(HttpClient client, Guid caseId, Guid partnerId)
        {
            var response = await Referrals.ReferralSteps.SendAsync(client, caseId, partnerId);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }
    }

    /// <summary>Runs the referral timers (as the background loop would) until the referral has expired.</summary>
    private async Task ExpireAsync(Guid referralId)
    {
        for (var i = 0; i < 50 && !(await Referrals.ReferralSteps.StateDumpAsync(Factory, referralId)).StartsWith("expired", StringComparison.Ordinal); i++)
        {
            await Referrals.ReferralSteps.DispatchOnceAsync(Factory);
            await Task.Delay(100);
        }

        Assert.StartsWith("expired|", await Referrals.ReferralSteps.StateDumpAsync(Factory, referralId), StringComparison.Ordinal);
    }
}
