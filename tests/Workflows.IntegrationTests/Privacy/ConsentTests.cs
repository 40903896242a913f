using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Privacy;

public sealed class ConsentTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Giving_and_withdrawing_keeps_the_whole_history()
    {
        var caseManager = await Factory.ClientForAsync("casemanager@astra.local");
        var (id, code) = await PrivacyApi.CreateCaseAsync(caseManager, null);
        var day = Factory.Clock.GetUtcNow().AddDays(-3);

        Assert.Equal(HttpStatusCode.Created, (await caseManager.PostAsJsonAsync($"/api/cases/{id}/consents", new { purpose = "services", givenAt = day })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await caseManager.PostAsJsonAsync($"/api/cases/{id}/consents", new { purpose = "sharing-police", givenAt = day, note = "signed form" })).StatusCode);
        var withdraw = await caseManager.PostAsJsonAsync($"/api/cases/{id}/consents/sharing-police/withdraw", new { withdrawnAt = day.AddDays(1) });
        Assert.Equal(HttpStatusCode.OK, withdraw.StatusCode);

        var consents = await caseManager.GetFromJsonAsync<JsonElement>($"/api/cases/{id}/consents");
        var current = consents.GetProperty("current").EnumerateArray().ToDictionary(c => c.GetProperty("purpose").GetString()!, c => c.GetProperty("given").GetBoolean());
        // Every purpose is listed; only what is given stands (the sharing purposes per partner kind came with referrals).
        Assert.Equal(Astra.Workflows.Modules.Cases.Privacy.ConsentPurposes.All.Count, current.Count);
        Assert.Equal(["services"], current.Where(c => c.Value).Select(c => c.Key));
        Assert.False(current["sharing-police"]);
        Assert.False(current["sharing-health"]);
        var history = consents.GetProperty("history").EnumerateArray().Select(e => (e.GetProperty("purpose").GetString(), e.GetProperty("kind").GetString())).ToList();
        Assert.Equal([("services", "given"), ("sharing-police", "given"), ("sharing-police", "withdrawn")], history);
        Assert.Equal("signed form", consents.GetProperty("history")[1].GetProperty("note").GetString());
        Assert.Equal(2, (await PrivacyApi.AuditAsync(Factory, "consent.give")).Count);
        Assert.Equal(code, Assert.Single(await PrivacyApi.AuditAsync(Factory, "consent.withdraw")).CaseCode);

        // Withdrawing what is not given, an unknown purpose, a future date: refused, nothing recorded.
        Assert.Equal(HttpStatusCode.Conflict, (await caseManager.PostAsJsonAsync($"/api/cases/{id}/consents/sharing-police/withdraw", new { withdrawnAt = day.AddDays(2) })).StatusCode);
        var unknown = await caseManager.PostAsJsonAsync($"/api/cases/{id}/consents", new { purpose = "marketing", givenAt = day });
        Assert.True((await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("purpose", out _));
        var future = await caseManager.PostAsJsonAsync($"/api/cases/{id}/consents", new { purpose = "services", givenAt = Factory.Clock.GetUtcNow().AddDays(1) });
        Assert.True((await future.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("givenAt", out _));
        var early = await caseManager.PostAsJsonAsync($"/api/cases/{id}/consents/services/withdraw", new { withdrawnAt = day.AddDays(-1) });
        Assert.True((await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("withdrawnAt", out _));
        Assert.Equal(3, (await caseManager.GetFromJsonAsync<JsonElement>($"/api/cases/{id}/consents")).GetProperty("history").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await caseManager.PostAsJsonAsync($"/api/cases/{Guid.NewGuid()}/consents", new { purpose = "services", givenAt = day })).StatusCode);
        var lawyer = await Factory.ClientForAsync("lawyer@astra.local");
        Assert.Equal(HttpStatusCode.Forbidden, (await lawyer.PostAsJsonAsync($"/api/cases/{id}/consents", new { purpose = "services", givenAt = day })).StatusCode);
    }

    [Fact]
    public async Task Sharing_needs_consent_or_an_audited_override_reason()
    {
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        var (id, code) = await PrivacyApi.CreateCaseAsync(coordinator, null);
        var url = $"/api/cases/{id}/sharing-check";

        var denied = await (await coordinator.PostAsJsonAsync(url, new { purpose = "sharing-police" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(denied.GetProperty("allowed").GetBoolean());

        const string reason = "Imminent danger: threat reported on the hotline";
        var overridden = await (await coordinator.PostAsJsonAsync(url, new { purpose = "sharing-police", overrideReason = reason })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(overridden.GetProperty("allowed").GetBoolean());
        Assert.Equal("override", overridden.GetProperty("basis").GetString());

        await coordinator.PostAsJsonAsync($"/api/cases/{id}/consents", new { purpose = "sharing-state-centre", givenAt = Factory.Clock.GetUtcNow() });
        var withConsent = await (await coordinator.PostAsJsonAsync(url, new { purpose = "sharing-state-centre" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("consent", withConsent.GetProperty("basis").GetString());
        await coordinator.PostAsJsonAsync($"/api/cases/{id}/consents/sharing-state-centre/withdraw", new { withdrawnAt = Factory.Clock.GetUtcNow() });
        var afterWithdrawal = await (await coordinator.PostAsJsonAsync(url, new { purpose = "sharing-state-centre" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(afterWithdrawal.GetProperty("allowed").GetBoolean());

        var audit = await PrivacyApi.AuditAsync(Factory, "sharing.check");
        Assert.Equal(["denied", "override", "allowed", "denied"], audit.Select(a => a.Outcome));
        Assert.Equal(reason, audit[1].Reason);
        Assert.All(audit, a => Assert.Equal(code, a.CaseCode));
        Assert.Equal([null, reason, null, null], audit.Select(a => a.Reason));
        var wrongPurpose = await coordinator.PostAsJsonAsync(url, new { purpose = "services" });
        Assert.True((await wrongPurpose.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("purpose", out _));
    }
}
