using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.IntegrationTests.Privacy;
using static Astra.Workflows.IntegrationTests.Hotline.HotlineSteps;

namespace Astra.Workflows.IntegrationTests.CaseWork;

/// <summary>Issue 18, items 1, 2, 5 and 6: starting work, the identity recorded later, consent overrides and the case search.</summary>
public sealed class CaseWorkTests(AstraApiFactory factory) : ApiTest(factory)
{
    private const string CaseManager = "casemanager@astra.local";
    private const string OtherCaseManager = "casemanager2@astra.local";
    private const string Reason = "Preparing the court hearing";

    private static object Identity(string fullName, string document) => new
    {
        fullName,
        dateOfBirth = "1998-02-11",
        nationality = "RS",
        documents = new[] { new { type = "passport", number = document } },
    };

    [Fact]
    public async Task An_identity_recorded_later_is_sealed_audited_and_can_be_corrected()
    {
        var caseManager = await Factory.ClientForAsync(CaseManager);
        var (id, code) = await PrivacyApi.CreateCaseAsync(caseManager, null);
        Assert.False((await caseManager.GetFromJsonAsync<JsonElement>($"/api/cases/{id}/client/status")).GetProperty("recorded").GetBoolean());

        var recorded = await caseManager.PutAsJsonAsync($"/api/cases/{id}/client", Identity("Zorana Izmislicic", "QX 771-204"));
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        Assert.Equal("recorded", (await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("change").GetString());
        var dump = await PrivacyApi.DumpSchemaAsync(Factory);
        Assert.DoesNotContain("Izmislicic", dump, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("QX 771-204", dump, StringComparison.OrdinalIgnoreCase);
        Assert.True((await caseManager.GetFromJsonAsync<JsonElement>($"/api/cases/{id}/client/status")).GetProperty("recorded").GetBoolean());
        var created = Assert.Single(await PrivacyApi.AuditAsync(Factory, "client.create"));
        Assert.Equal((id, code), (created.CaseId!.Value, created.CaseCode));

        var corrected = await caseManager.PutAsJsonAsync($"/api/cases/{id}/client", Identity("Zorana Izmislicic-Novak", "QX 771-205"));
        Assert.Equal("corrected", (await corrected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("change").GetString());
        Assert.Equal(id, Assert.Single(await PrivacyApi.AuditAsync(Factory, "client.update")).CaseId);
        Assert.Single(await PrivacyApi.QueryAsync(Factory, "SELECT case_id FROM astra.client_identities WHERE case_id = @id", r => r.GetGuid(0), ("id", id)));

        var revealed = await (await caseManager.PostAsJsonAsync($"/api/cases/{id}/client/reveal", new { reason = Reason })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Zorana Izmislicic-Novak", revealed.GetProperty("client").GetProperty("fullName").GetString());
        Assert.Equal("QX 771-205", revealed.GetProperty("client").GetProperty("documents")[0].GetProperty("number").GetString());
        var reveal = Assert.Single(await PrivacyApi.AuditAsync(Factory, "client.reveal"));
        Assert.Equal(Reason, reveal.Reason);
        Assert.Equal(await PrivacyApi.MeAsync(caseManager), reveal.UserId);

        // The old document number no longer finds the case: the blind index was replaced with the row.
        var byOld = await caseManager.PostAsJsonAsync("/api/cases/search", new { documentNumber = "QX 771-204" });
        Assert.Empty(await byOld.Content.ReadFromJsonAsync<JsonElement[]>() ?? []);
    }

    [Fact]
    public async Task Recording_an_identity_without_a_name_is_400_naming_fullName_and_writes_nothing()
    {
        var caseManager = await Factory.ClientForAsync(CaseManager);
        var (id, _) = await PrivacyApi.CreateCaseAsync(caseManager, null);

        var response = await caseManager.PutAsJsonAsync($"/api/cases/{id}/client", new { fullName = " ", nationality = "RS" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("fullName", out _));
        Assert.Empty(await PrivacyApi.QueryAsync(Factory, "SELECT case_id FROM astra.client_identities WHERE case_id = @id", r => r.GetGuid(0), ("id", id)));
        Assert.Empty(await PrivacyApi.AuditAsync(Factory, "client.create"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_reveal_without_a_reason_is_400_naming_reason_and_reveals_nothing(string? reason)
    {
        var caseManager = await Factory.ClientForAsync(CaseManager);
        var (id, _) = await PrivacyApi.CreateCaseAsync(caseManager, PrivacyApi.Client());

        var response = await caseManager.PostAsJsonAsync($"/api/cases/{id}/client/reveal", new { reason });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"reason\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain(PrivacyApi.FullName, body, StringComparison.Ordinal);
        Assert.Empty(await PrivacyApi.AuditAsync(Factory, "client.reveal"));
    }

    [Fact]
    public async Task Another_teams_case_manager_gets_404_and_finds_nothing()
    {
        var caseManager = await Factory.ClientForAsync(CaseManager);
        var (id, code) = await PrivacyApi.CreateCaseAsync(caseManager, PrivacyApi.Client());
        var other = await Factory.ClientForAsync(OtherCaseManager);

        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/cases/{id}/client", Identity("Somebody Else", "ZZ 1"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/cases/{id}/client/reveal", new { reason = Reason })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/cases/{id}/consents")).StatusCode);
        foreach (var body in new object[] { new { caseCode = code }, new { fullName = PrivacyApi.FullName }, new { documentNumber = PrivacyApi.DocumentNumber } })
        {
            var found = await other.PostAsJsonAsync("/api/cases/search", body);
            Assert.Equal(HttpStatusCode.OK, found.StatusCode);
            Assert.Empty(await found.Content.ReadFromJsonAsync<JsonElement[]>() ?? []);
        }

        // The identity the other team's case manager tried to write is not there.
        var revealed = await (await caseManager.PostAsJsonAsync($"/api/cases/{id}/client/reveal", new { reason = Reason })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(PrivacyApi.FullName, revealed.GetProperty("client").GetProperty("fullName").GetString());
    }

    [Fact]
    public async Task A_case_is_found_by_name_document_case_code_and_contact_code_and_each_search_is_audited_without_the_term()
    {
        await PublishShippedAsync(Factory);
        var hotline = await Factory.ClientForAsync(Operator);
        var contact = await LogAsync(hotline, new { callerType = "potentialVictim", topics = new[] { "traffickingIndicators" }, durationMinutes = 5, outcome = "referred" });
        var opened = await (await hotline.PostAsJsonAsync($"/api/contacts/{contact.GetProperty("id").GetGuid()}/open-case", new { priority = "high" })).Content.ReadFromJsonAsync<JsonElement>();
        var fromHotline = opened.GetProperty("caseId").GetGuid();
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        var (id, code) = await PrivacyApi.CreateCaseAsync(coordinator, PrivacyApi.Client());

        async Task<JsonElement> FindAsync(object body)
        {
            var response = await coordinator.PostAsJsonAsync("/api/cases/search", body);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return Assert.Single(await response.Content.ReadFromJsonAsync<JsonElement[]>() ?? []);
        }

        Assert.Equal(id, (await FindAsync(new { fullName = PrivacyApi.FullName.ToUpperInvariant() })).GetProperty("caseId").GetGuid());
        Assert.Equal(id, (await FindAsync(new { documentNumber = PrivacyApi.DocumentNumber })).GetProperty("caseId").GetGuid());
        var byCode = await FindAsync(new { caseCode = code.ToLowerInvariant() });
        Assert.Equal((id, "case-code"), (byCode.GetProperty("caseId").GetGuid(), byCode.GetProperty("matchedBy").GetString()));
        var byContact = await FindAsync(new { contactCode = contact.GetProperty("code").GetString() });
        Assert.Equal((fromHotline, "contact-code"), (byContact.GetProperty("caseId").GetGuid(), byContact.GetProperty("matchedBy").GetString()));

        var rows = await PrivacyApi.QueryAsync(Factory, "SELECT entity_id, case_id, outcome, t::text FROM astra.audit_log t WHERE action = 'case.search' ORDER BY id",
            r => (By: r.GetString(0), CaseId: r.GetGuid(1), Outcome: r.GetString(2), Text: r.GetString(3)));
        Assert.Equal(["by-full-name", "by-document-number", "by-case-code", "by-contact-code"], rows.Select(r => r.By));
        Assert.Equal([id, id, id, fromHotline], rows.Select(r => r.CaseId));
        Assert.All(rows, r => Assert.DoesNotContain(PrivacyApi.DocumentNumber, r.Text, StringComparison.Ordinal));
        Assert.All(rows, r => Assert.DoesNotContain("Petrovi", r.Text, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("{}", "fullName")]
    [InlineData("{\"caseCode\":\"AS-2026-0001\",\"contactCode\":\"KT-2026-00001\"}", "contactCode")]
    public async Task A_search_by_none_or_two_terms_is_400_naming_a_field(string body, string field)
    {
        var caseManager = await Factory.ClientForAsync(CaseManager);

        var response = await caseManager.PostAsync("/api/cases/search", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
        Assert.Empty(await PrivacyApi.AuditAsync(Factory, "case.search"));
    }

    [Fact]
    public async Task Startable_workflows_follow_the_definitions_start_roles_and_carry_their_inputs()
    {
        await PublishShippedAsync(Factory);

        var forCaseManager = await (await Factory.ClientForAsync(CaseManager)).GetFromJsonAsync<JsonElement[]>("/api/definitions/startable") ?? [];
        var forLawyer = await (await Factory.ClientForAsync("lawyer@astra.local")).GetFromJsonAsync<JsonElement[]>("/api/definitions/startable") ?? [];

        var ids = forCaseManager.Select(d => d.GetProperty("definitionId").GetString()).ToList();
        Assert.Contains("case-intake", ids);
        Assert.Contains("identification-emergency", ids);
        Assert.DoesNotContain("court-proceedings", ids);
        Assert.Equal(["court-proceedings"], forLawyer.Select(d => d.GetProperty("definitionId").GetString()));
        var inputs = forCaseManager.Single(d => d.GetProperty("definitionId").GetString() == "identification-emergency").GetProperty("inputs");
        Assert.Equal(["foreignNational", "child"], inputs.EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        Assert.Equal("boolean", inputs[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_case_manager_starts_a_workflow_on_a_case_and_a_lawyer_is_refused_with_403()
    {
        await PublishShippedAsync(Factory);
        var caseManager = await Factory.ClientForAsync(CaseManager);
        var (id, _) = await PrivacyApi.CreateCaseAsync(caseManager, null);

        var started = await caseManager.PostAsJsonAsync("/api/instances", new { definitionId = "identification-emergency", caseId = id, input = new { child = true } });
        var lawyer = await Factory.ClientForAsync("lawyer@astra.local");
        var refused = await lawyer.PostAsJsonAsync("/api/instances", new { definitionId = "identification-emergency", caseId = id, input = new { } });

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var detail = await caseManager.GetFromJsonAsync<JsonElement>($"/api/cases/{id}");
        Assert.Equal("identification-emergency", Assert.Single(detail.GetProperty("instances").EnumerateArray()).GetProperty("definitionId").GetString());
    }

    [Fact]
    public async Task A_sharing_override_on_a_ground_is_listed_with_the_consents_and_who_recorded_them()
    {
        var caseManager = await Factory.ClientForAsync(CaseManager);
        var (id, _) = await PrivacyApi.CreateCaseAsync(caseManager, null);
        var now = Factory.Clock.GetUtcNow();
        Assert.Equal(HttpStatusCode.Created, (await caseManager.PostAsJsonAsync($"/api/cases/{id}/consents", new { purpose = "services", givenAt = now.AddHours(-1) })).StatusCode);

        var badGround = await caseManager.PostAsJsonAsync($"/api/cases/{id}/sharing-check", new { purpose = "sharing-police", overrideReason = "x", ground = "convenience" });
        var check = await caseManager.PostAsJsonAsync($"/api/cases/{id}/sharing-check", new { purpose = "sharing-police", overrideReason = "Threatened tonight", ground = "imminent-danger" });

        Assert.Equal(HttpStatusCode.BadRequest, badGround.StatusCode);
        Assert.Contains("\"ground\"", await badGround.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("override", (await check.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("basis").GetString());
        var consents = await caseManager.GetFromJsonAsync<JsonElement>($"/api/cases/{id}/consents");
        var given = Assert.Single(consents.GetProperty("history").EnumerateArray());
        Assert.Equal("Demo Case Manager", given.GetProperty("recordedByName").GetString());
        var recorded = Assert.Single(consents.GetProperty("overrides").EnumerateArray());
        Assert.Equal("sharing-police", recorded.GetProperty("purpose").GetString());
        Assert.Equal("imminent-danger: Threatened tonight", recorded.GetProperty("reason").GetString());
        Assert.Equal("Demo Case Manager", recorded.GetProperty("byName").GetString());
    }

    [Fact]
    public async Task Consent_given_and_withdrawn_in_Belgrade_time_is_stored_not_a_500()
    {
        var caseManager = await Factory.ClientForAsync(CaseManager);
        var (id, _) = await PrivacyApi.CreateCaseAsync(caseManager, null);
        var belgrade = Factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(1));

        var given = await caseManager.PostAsJsonAsync($"/api/cases/{id}/consents", new { purpose = "services", givenAt = belgrade.AddHours(-2) });
        var withdrawn = await caseManager.PostAsJsonAsync($"/api/cases/{id}/consents/services/withdraw", new { withdrawnAt = belgrade.AddHours(-1), note = "Said so on the phone" });

        Assert.Equal(HttpStatusCode.Created, given.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var history = (await caseManager.GetFromJsonAsync<JsonElement>($"/api/cases/{id}/consents")).GetProperty("history");
        Assert.Equal([belgrade.AddHours(-2), belgrade.AddHours(-1)], history.EnumerateArray().Select(e => e.GetProperty("effectiveAt").GetDateTimeOffset()));
    }
}
