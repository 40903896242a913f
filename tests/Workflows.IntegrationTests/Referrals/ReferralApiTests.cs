using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Astra.Workflows.IntegrationTests.Referrals.ReferralSteps;

namespace Astra.Workflows.IntegrationTests.Referrals;

public sealed class ReferralApiTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Without_consent_sending_is_409_naming_the_purpose_and_with_an_override_reason_it_is_sent_and_audited()
    {
        var (client, caseId, _) = await OpenNamedCaseAsync(Factory);
        var clinic = await ClinicIdAsync(Factory);

        var refused = await SendAsync(client, caseId, clinic);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("sharing-health", problem.GetProperty("purpose").GetString());
        Assert.Contains("sharing-health", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/referrals")).EnumerateArray());
        Assert.Equal("denied", Assert.Single(await AuditAsync(Factory, "referral.send")).Outcome);

        var sent = await SendAsync(client, caseId, clinic, overrideReason: "Child victim, imminent danger");
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var referral = await sent.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("sent", referral.GetProperty("status").GetString());
        Assert.Equal("override", referral.GetProperty("sharingBasis").GetString());
        var audit = (await AuditAsync(Factory, "referral.send")).Last();
        Assert.Equal("override", audit.Outcome);
        Assert.Equal("Child victim, imminent danger", audit.Reason);
        Assert.Equal(referral.GetProperty("id").GetGuid().ToString("D"), audit.EntityId);
        await DispatchUntilMailAsync(Factory, Modules.Referrals.Partners.DemoPartners.ClinicEmail);
    }

    [Fact]
    public async Task The_partner_email_and_page_carry_only_the_minimum_data_and_the_page_is_private()
    {
        var (client, caseId, code) = await OpenNamedCaseAsync(Factory);
        await GiveConsentAsync(client, caseId, "sharing-health", Factory);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(client, caseId, await ClinicIdAsync(Factory))).StatusCode);

        var mail = await DispatchUntilMailAsync(Factory, Modules.Referrals.Partners.DemoPartners.ClinicEmail);
        var token = TokenFrom(mail);
        var page = await Factory.CreateClient().GetAsync($"/r/{token}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        foreach (var text in new[] { mail.Subject + mail.Text + mail.Html, html })
        {
            Assert.Contains(code, text, StringComparison.Ordinal);
            Assert.Contains("Romanian", text, StringComparison.Ordinal);
            foreach (var secret in new[] { "Zorica", "Vukašinović", "Trifunović", "1999", SecretReason, "sexual" })
            {
                Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
            }
        }

        // The demo clinic writes in Serbian Latin.
        Assert.Contains("Testiranje na HIV", html, StringComparison.Ordinal);
        Assert.Contains("noindex", page.Headers.GetValues("X-Robots-Tag").Single(), StringComparison.Ordinal);
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
        var csp = page.Content.Headers.Contains("Content-Security-Policy") ? page.Content.Headers.GetValues("Content-Security-Policy").Single() : page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.StartsWith("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html.Replace($"/r/{token}", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("name=\"robots\" content=\"noindex", html, StringComparison.Ordinal);
        Assert.Contains("width=device-width", html, StringComparison.Ordinal);
        Assert.Single(await AuditAsync(Factory, "referral.link-view"));
    }

    [Fact]
    public async Task Forged_expired_and_revoked_links_are_a_plain_404_and_change_nothing()
    {
        var (client, caseId, _) = await OpenNamedCaseAsync(Factory);
        await GiveConsentAsync(client, caseId, "sharing-health", Factory);
        var first = (await (await SendAsync(client, caseId, await ClinicIdAsync(Factory))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var firstToken = TokenFrom(await DispatchUntilMailAsync(Factory, Modules.Referrals.Partners.DemoPartners.ClinicEmail));
        await Factory.Smtp.ClearAsync();
        var second = (await (await SendAsync(client, caseId, await ClinicIdAsync(Factory))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var secondToken = TokenFrom(await DispatchUntilMailAsync(Factory, Modules.Referrals.Partners.DemoPartners.ClinicEmail));
        var anonymous = Factory.CreateClient();
        var before = (await StateDumpAsync(Factory, first), await StateDumpAsync(Factory, second));

        // Forged: right shape, wrong value; and one character changed of a real token.
        var forged = new[] { new string('A', 43), firstToken[..42] + (firstToken[42] == 'A' ? 'B' : 'A'), "short" };
        foreach (var token in forged)
        {
            await ExpectPlain404Async(await anonymous.GetAsync($"/r/{token}"));
            await ExpectPlain404Async(await PostFormAsync(anonymous, token, ("action", "decline"), ("declineReason", "noCapacity")));
        }

        // Revoked: the first referral is withdrawn.
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/referrals/{first}/withdraw", null)).StatusCode);
        await ExpectPlain404Async(await anonymous.GetAsync($"/r/{firstToken}"));
        await ExpectPlain404Async(await PostFormAsync(anonymous, firstToken, ("action", "accept"), ("appointment", "2030-01-01T10:00")));
        Assert.Equal("withdrawn", (await ReferralAsync(client, first)).GetProperty("status").GetString());

        // Expired: past the deadline + 14 days.
        Assert.Equal(before.Item2, await StateDumpAsync(Factory, second));
        Factory.Clock.Advance(TimeSpan.FromDays(30));
        // The respond-within deadline passed too: let its timer mark the referral expired first.
        for (var i = 0; i < 50 && !(await StateDumpAsync(Factory, second)).StartsWith("expired", StringComparison.Ordinal); i++)
        {
            await DispatchOnceAsync(Factory);
            await Task.Delay(100);
        }

        var expired = await StateDumpAsync(Factory, second);
        Assert.StartsWith("expired|", expired, StringComparison.Ordinal);
        await ExpectPlain404Async(await anonymous.GetAsync($"/r/{secondToken}"));
        await ExpectPlain404Async(await PostFormAsync(anonymous, secondToken, ("action", "decline"), ("declineReason", "noCapacity")));
        Assert.Equal(expired, await StateDumpAsync(Factory, second));
        Assert.NotEmpty(await AuditAsync(Factory, "referral.link-denied"));
    }

    [Fact]
    public async Task An_answer_given_through_the_link_cannot_be_changed_with_it_and_served_records_the_service_delivered()
    {
        var (client, caseId, _) = await OpenNamedCaseAsync(Factory);
        await GiveConsentAsync(client, caseId, "sharing-health", Factory);
        var id = (await (await SendAsync(client, caseId, await ClinicIdAsync(Factory))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var token = TokenFrom(await DispatchUntilMailAsync(Factory, Modules.Referrals.Partners.DemoPartners.ClinicEmail));
        var anonymous = Factory.CreateClient();
        var appointment = Local(Factory.Clock.GetUtcNow().AddDays(3));

        Assert.Equal(HttpStatusCode.OK, (await PostFormAsync(anonymous, token, ("action", "accept"), ("appointment", appointment))).StatusCode);
        var accepted = await StateDumpAsync(Factory, id);
        Assert.StartsWith("accepted|", accepted, StringComparison.Ordinal);

        var again = await PostFormAsync(anonymous, token, ("action", "decline"), ("declineReason", "noCapacity"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await PostFormAsync(anonymous, token, ("action", "accept"), ("appointment", appointment))).StatusCode);
        Assert.Equal(accepted, await StateDumpAsync(Factory, id));

        Assert.Equal(HttpStatusCode.OK, (await PostFormAsync(anonymous, token, ("action", "served"))).StatusCode);
        var referral = await ReferralAsync(client, id);
        Assert.Equal("completed", referral.GetProperty("status").GetString());
        Assert.Equal("served", referral.GetProperty("outcome").GetString());
        var services = await client.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/services");
        var service = Assert.Single(services.EnumerateArray());
        Assert.Equal("hiv-hepatitis-testing", service.GetProperty("serviceKey").GetString());
        Assert.Equal(await ClinicIdAsync(Factory), service.GetProperty("partnerId").GetGuid());
        Assert.Equal(id, service.GetProperty("referralId").GetGuid());
    }

    [Fact]
    public async Task Completing_as_served_through_the_api_records_a_service_delivered_and_reads_are_need_to_know()
    {
        var (client, caseId, _) = await OpenNamedCaseAsync(Factory);
        await GiveConsentAsync(client, caseId, "sharing-health", Factory);
        var id = (await (await SendAsync(client, caseId, await ClinicIdAsync(Factory))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var at = Factory.Clock.GetUtcNow().AddDays(2);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/referrals/{id}/record-answer", new { answer = "accepted", appointmentAt = at })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync($"/api/referrals/{id}/record-answer", new { answer = "declined", declineReason = "noCapacity" })).StatusCode);
        var done = await client.PostAsJsonAsync($"/api/referrals/{id}/complete", new { outcome = "served" });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var service = Assert.Single((await client.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/services")).EnumerateArray());
        Assert.Equal("hiv-hepatitis-testing", service.GetProperty("serviceKey").GetString());

        var outsider = await Factory.ClientForAsync(CaseManager2);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/cases/{caseId}/referrals")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/cases/{caseId}/services")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/referrals/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsJsonAsync($"/api/referrals/{id}/complete", new { outcome = "served" })).StatusCode);
        var coordinator = await Factory.ClientForAsync(Coordinator);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/api/referrals/{id}")).StatusCode);
        Assert.NotEmpty(await AuditAsync(Factory, "referral.read"));
        Assert.NotEmpty(await AuditAsync(Factory, "service.list"));
    }

    [Fact]
    public async Task Services_delivered_keep_their_note_encrypted_and_corrections_append()
    {
        var (client, caseId, _) = await OpenNamedCaseAsync(Factory);
        var today = Astra.Workflows.Engine.Time.OrganisationTime.Today(Factory.Clock);
        var admin = await Factory.ClientForAsync(Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/funding-projects/eu-2026", new { name = "EU project 2026" })).StatusCode);
        var created = await client.PostAsJsonAsync($"/api/cases/{caseId}/services", new { serviceKey = "legal-aid", deliveredOn = today, fundingProjectKey = "eu-2026", note = "Met at the shelter about the claim" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var first = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Modules.Platform.Database.WorkflowsDbContext>();
            var row = await db.ServicesDelivered.IgnoreQueryFilters().AsNoTracking().SingleAsync(s => s.Id == first);
            Assert.DoesNotContain("shelter", System.Text.Encoding.UTF8.GetString(row.NoteCiphertext!), StringComparison.Ordinal);
        }

        var corrected = await client.PostAsJsonAsync($"/api/services-delivered/{first}/correct", new { serviceKey = "legal-representation", deliveredOn = today, note = "Corrected" });
        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync($"/api/services-delivered/{first}/correct", new { serviceKey = "legal-aid", deliveredOn = today })).StatusCode);
        var current = Assert.Single((await client.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/services")).EnumerateArray());
        Assert.Equal("legal-representation", current.GetProperty("serviceKey").GetString());
        Assert.Equal("Corrected", current.GetProperty("note").GetString());
        var history = (await client.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/services?history=true")).EnumerateArray().ToList();
        Assert.Equal(2, history.Count);
        Assert.Contains(history, h => h.GetProperty("note").GetString() == "Met at the shelter about the claim" && !h.GetProperty("current").GetBoolean());

        var bad = await client.PostAsJsonAsync($"/api/cases/{caseId}/services", new { serviceKey = "no-such-service", deliveredOn = today });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("serviceKey", out _));
    }

    private static async Task ExpectPlain404Async(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Not found", await response.Content.ReadAsStringAsync());
    }
}
