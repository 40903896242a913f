using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Engine;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Referrals.Partners;
using static Astra.Workflows.IntegrationTests.Referrals.ReferralSteps;

namespace Astra.Workflows.IntegrationTests.Referrals;

public sealed class ReferralWorkflowTests(AstraApiFactory factory) : ApiTest(factory)
{
    private const string ReferToClinic = """
        {
          "schemaVersion": 1, "definitionId": "refer-clinic", "name": "Refer to a clinic",
          "inputs": [ { "name": "contactUserId" } ],
          "variables": [ { "name": "clinic" }, { "name": "done" } ],
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "refer", "type": "referral.send", "inputs": {
                "partnerKind": "clinic", "city": "Beograd", "services": ["hiv-hepatitis-testing"], "urgency": "urgent",
                "respondWithin": { "workingDays": 1 }, "contactUserId": { "js": "input.contactUserId" }, "resultVariable": "clinic" } },
            { "id": "accepted", "type": "log.note", "inputs": { "text": "accepted" } },
            { "id": "served", "type": "event.wait", "inputs": { "event": "referral.completed", "resultVariable": "done" } },
            { "id": "declined", "type": "log.note", "inputs": { "text": "declined" } },
            { "id": "expired", "type": "log.note", "inputs": { "text": "expired" } },
            { "id": "noConsent", "type": "log.note", "inputs": { "text": "no consent" } },
            { "id": "end", "type": "flow.end" }
          ],
          "connections": [
            { "from": "start", "to": "refer" },
            { "from": "refer", "outcome": "Accepted", "to": "accepted" }, { "from": "accepted", "to": "served" }, { "from": "served", "to": "end" },
            { "from": "refer", "outcome": "Declined", "to": "declined" }, { "from": "declined", "to": "end" },
            { "from": "refer", "outcome": "Expired", "to": "expired" }, { "from": "expired", "to": "end" },
            { "from": "refer", "outcome": "NotSent", "to": "noConsent" }, { "from": "noConsent", "to": "end" }
          ]
        }
        """;

    [Fact]
    public async Task Accepting_through_the_link_resumes_the_waiting_workflow_on_Accepted_with_the_appointment_and_served_ends_it()
    {
        await TestDefinitions.PublishAsync(Factory, ReferToClinic);
        var (client, caseId, code) = await OpenNamedCaseAsync(Factory);
        await GiveConsentAsync(client, caseId, "sharing-health", Factory);
        var instance = await StartAsync(client, caseId);

        var mail = await DispatchUntilMailAsync(Factory, DemoPartners.ClinicEmail);
        Assert.Contains(code, mail.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("Zorica", mail.Text, StringComparison.Ordinal);
        var token = TokenFrom(mail);
        Assert.Equal(["start"], ApiSteps.Trail(await ApiSteps.GetInstanceAsync(client, instance)));

        var appointment = Factory.Clock.GetUtcNow().AddDays(2);
        var accept = await PostFormAsync(Factory.CreateClient(), token, ("action", "accept"), ("appointment", Local(appointment)));
        Assert.Equal(HttpStatusCode.OK, accept.StatusCode);

        var after = await ApiSteps.GetInstanceAsync(client, instance);
        Assert.Equal(["start", "refer", "accepted"], ApiSteps.Trail(after));
        var answer = after.GetProperty("variables").GetProperty("clinic");
        Assert.Equal("Accepted", answer.GetProperty("outcome").GetString());
        Assert.Equal(await ClinicIdAsync(Factory), answer.GetProperty("partnerId").GetGuid());
        var at = answer.GetProperty("appointmentAt").GetDateTimeOffset();
        Assert.Equal(Local(appointment), Local(at));

        // The same link cannot change the answer, and the workflow does not move.
        Assert.Equal(HttpStatusCode.Conflict, (await PostFormAsync(Factory.CreateClient(), token, ("action", "decline"), ("declineReason", "noCapacity"))).StatusCode);
        Assert.Equal(["start", "refer", "accepted"], ApiSteps.Trail(await ApiSteps.GetInstanceAsync(client, instance)));

        // The partner reports the client was served: referral.completed lets the workflow finish.
        Assert.Equal(HttpStatusCode.OK, (await PostFormAsync(Factory.CreateClient(), token, ("action", "served"))).StatusCode);
        var done = await ApiSteps.GetInstanceAsync(client, instance);
        Assert.Equal(["start", "refer", "accepted", "served", "end"], ApiSteps.Trail(done));
        Assert.Equal("served", done.GetProperty("variables").GetProperty("done").GetProperty("outcome").GetString());
        Assert.Single((await client.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/services")).EnumerateArray());
    }

    [Fact]
    public async Task No_answer_by_the_deadline_fires_the_escalations_and_the_workflow_takes_Expired()
    {
        await TestDefinitions.PublishAsync(Factory, ReferToClinic);
        var (client, caseId, code) = await OpenNamedCaseAsync(Factory);
        await GiveConsentAsync(client, caseId, "sharing-health", Factory);
        var instance = await StartAsync(client, caseId, await UserIdAsync(CaseManager));
        var token = TokenFrom(await DispatchUntilMailAsync(Factory, DemoPartners.ClinicEmail));
        var referral = Assert.Single((await client.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/referrals")).EnumerateArray());
        var respondBy = referral.GetProperty("respondBy").GetDateTimeOffset();

        // At 80 % of the window the case manager is reminded to call the partner; nothing expires yet.
        Factory.Clock.Advance(((respondBy - Factory.Clock.GetUtcNow()) * 0.85));
        var reminder = await DispatchUntilMailAsync(Factory, CaseManager, m => m.Subject.Contains("call the partner", StringComparison.Ordinal) || m.Subject.Contains("pozovite", StringComparison.Ordinal));
        Assert.Contains(code, reminder.Subject, StringComparison.Ordinal);
        client = await Factory.ClientForAsync(CaseManager);
        Assert.Equal(["start"], ApiSteps.Trail(await ApiSteps.GetInstanceAsync(client, instance)));

        // At the deadline the coordinators hear of it and the workflow continues on Expired.
        Factory.Clock.Advance(respondBy - Factory.Clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        var escalation = await DispatchUntilMailAsync(Factory, Coordinator, m => m.Subject.Contains(code, StringComparison.Ordinal));
        Assert.DoesNotContain("Zorica", escalation.Text, StringComparison.Ordinal);
        client = await Factory.ClientForAsync(CaseManager);
        var after = await ApiSteps.GetInstanceAsync(client, instance);
        Assert.Equal(["start", "refer", "expired", "end"], ApiSteps.Trail(after));
        Assert.Equal("Expired", after.GetProperty("variables").GetProperty("clinic").GetProperty("outcome").GetString());
        Assert.Equal("expired", (await ReferralAsync(client, referral.GetProperty("id").GetGuid())).GetProperty("status").GetString());

        // A late answer through the link changes nothing.
        Assert.Equal(HttpStatusCode.Conflict, (await PostFormAsync(Factory.CreateClient(), token, ("action", "accept"), ("appointment", Local(Factory.Clock.GetUtcNow().AddDays(1))))).StatusCode);
        Assert.Equal("expired", (await ReferralAsync(client, referral.GetProperty("id").GetGuid())).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Without_consent_the_workflow_sends_nothing_and_continues_on_NotSent()
    {
        await TestDefinitions.PublishAsync(Factory, ReferToClinic);
        var (client, caseId, _) = await OpenNamedCaseAsync(Factory);
        var instance = await StartAsync(client, caseId);
        for (var i = 0; i < 20 && ApiSteps.Trail(await ApiSteps.GetInstanceAsync(client, instance)).Count() < 2; i++)
        {
            await DispatchOnceAsync(Factory);
            await Task.Delay(200);
        }

        Assert.Equal(["start", "refer", "noConsent", "end"], ApiSteps.Trail(await ApiSteps.GetInstanceAsync(client, instance)));
        var referral = Assert.Single((await client.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/referrals")).EnumerateArray());
        Assert.Equal("notSent", referral.GetProperty("status").GetString());
        Assert.Equal("noConsent", referral.GetProperty("notSentReason").GetString());
        var answer = (await ApiSteps.GetInstanceAsync(client, instance)).GetProperty("variables").GetProperty("clinic");
        Assert.Equal("sharing-health", answer.GetProperty("consentPurpose").GetString());
        Assert.DoesNotContain(await Factory.Smtp.MessagesAsync(), m => m.To.Any(a => a.Address == DemoPartners.ClinicEmail));
        Assert.Equal("denied", Assert.Single(await AuditAsync(Factory, "referral.send")).Outcome);
    }

    private static async Task<Guid> StartAsync(HttpClient client, Guid caseId, Guid? contactUserId = null)
    {
        var response = await client.PostAsJsonAsync("/api/instances", new { definitionId = "refer-clinic", caseId, input = new { contactUserId } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private Task<Guid> UserIdAsync(string email) => Lawyers.LawyerSteps.UserIdAsync(Factory, email);
}
