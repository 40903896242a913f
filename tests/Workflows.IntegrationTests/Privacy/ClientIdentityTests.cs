using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Cases.Privacy;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Crypto;
using Microsoft.Extensions.DependencyInjection;

namespace Astra.Workflows.IntegrationTests.Privacy;

public sealed class ClientIdentityTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Identity_columns_hold_ciphertext_not_the_name_or_document()
    {
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        var (id, _) = await PrivacyApi.CreateCaseAsync(coordinator, PrivacyApi.Client());

        var rows = await PrivacyApi.QueryAsync(Factory, "SELECT ciphertext, wrapped_data_key, master_key_id, t::text FROM astra.client_identities t WHERE case_id = @id",
            r => (Ciphertext: (byte[])r[0], Wrapped: (byte[])r[1], KeyId: r.GetString(2), Text: r.GetString(3)), ("id", id));

        var row = Assert.Single(rows);
        Assert.True(row.Ciphertext.Length > 100);
        Assert.Equal(60, row.Wrapped.Length);
        Assert.Equal(Factory.Services.GetRequiredService<MasterKey>().Id, row.KeyId);
        foreach (var secret in new[] { "Petrovi", "Jovana", "AB 123-456", "123456", "Knez Mihailova", "1999-04-17" })
        {
            Assert.DoesNotContain(secret, row.Text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Convert.ToHexStringLower(Encoding.UTF8.GetBytes(secret)), row.Text, StringComparison.Ordinal);
            Assert.Equal(-1, row.Ciphertext.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)));
        }

        // Nothing else in the schema (cases, audit log) carries the name either.
        Assert.DoesNotContain("Petrovi", await PrivacyApi.DumpSchemaAsync(Factory), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Reveal_returns_the_identity_and_audits_the_reader()
    {
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        var (id, code) = await PrivacyApi.CreateCaseAsync(coordinator, PrivacyApi.Client());

        var revealed = await (await coordinator.PostAsJsonAsync($"/api/cases/{id}/client/reveal", new { reason = "Preparing the court hearing" })).Content.ReadFromJsonAsync<JsonElement>();

        var client = revealed.GetProperty("client");
        Assert.Equal(PrivacyApi.FullName, client.GetProperty("fullName").GetString());
        Assert.Equal("1999-04-17", client.GetProperty("dateOfBirth").GetString());
        Assert.Equal("AB 123-456", client.GetProperty("documents")[0].GetProperty("number").GetString());
        Assert.Equal("Beograd", client.GetProperty("address").GetProperty("city").GetString());
        Assert.Equal(code, revealed.GetProperty("caseCode").GetString());
        var audit = Assert.Single(await PrivacyApi.AuditAsync(Factory, "client.reveal"));
        Assert.Equal(await PrivacyApi.MeAsync(coordinator), audit.UserId);
        Assert.Equal(id, audit.CaseId);
        Assert.Equal(code, audit.CaseCode);
        Assert.Equal("ok", audit.Outcome);
        Assert.Single(await PrivacyApi.AuditAsync(Factory, "case.create"));
        Assert.Single(await PrivacyApi.AuditAsync(Factory, "client.create"));
    }

    [Fact]
    public async Task No_audit_row_means_no_reveal()
    {
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        var (id, _) = await PrivacyApi.CreateCaseAsync(coordinator, PrivacyApi.Client());
        await PrivacyApi.ExecuteAsync(Factory, """
            CREATE FUNCTION astra.test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit down'; END; $$;
            CREATE TRIGGER test_refuse_audit BEFORE INSERT ON astra.audit_log FOR EACH ROW EXECUTE FUNCTION astra.test_refuse_audit();
            """);
        try
        {
            var response = await coordinator.PostAsJsonAsync($"/api/cases/{id}/client/reveal", new { reason = "Preparing the court hearing" });

            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.DoesNotContain("Petrovi", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            await PrivacyApi.ExecuteAsync(Factory, "DROP TRIGGER test_refuse_audit ON astra.audit_log; DROP FUNCTION astra.test_refuse_audit();");
        }
    }

    [Fact]
    public async Task A_case_manager_may_reveal_but_a_lawyer_or_director_may_not()
    {
        var caseManager = await Factory.ClientForAsync("casemanager@astra.local");
        var (id, _) = await PrivacyApi.CreateCaseAsync(caseManager, PrivacyApi.Client());

        Assert.Equal(HttpStatusCode.OK, (await caseManager.PostAsJsonAsync($"/api/cases/{id}/client/reveal", new { reason = "Preparing the court hearing" })).StatusCode);
        foreach (var email in new[] { "lawyer@astra.local", "director@astra.local" })
        {
            var other = await Factory.ClientForAsync(email);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsJsonAsync($"/api/cases/{id}/client/reveal", new { reason = "Preparing the court hearing" })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsJsonAsync("/api/clients/search", new { fullName = "Jovana Petrovic" })).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await caseManager.DeleteAsync($"/api/cases/{id}/client")).StatusCode);

        // Refused attempts are evidence too: they are recorded against the case, by whom, as forbidden.
        var reveals = await PrivacyApi.AuditAsync(Factory, "client.reveal");
        Assert.Equal(["ok", "forbidden", "forbidden"], reveals.Select(r => r.Outcome));
        Assert.Equal(await PrivacyApi.MeAsync(await Factory.ClientForAsync("lawyer@astra.local")), reveals[1].UserId);
        Assert.All(reveals, r => Assert.Equal(id, r.CaseId));
        Assert.Equal(["forbidden", "forbidden"], (await PrivacyApi.AuditAsync(Factory, "client.search")).Select(r => r.Outcome));
        Assert.Equal("forbidden", Assert.Single(await PrivacyApi.AuditAsync(Factory, "client.erase")).Outcome);
        Assert.Single(await PrivacyApi.QueryAsync(Factory, "SELECT 1 FROM astra.client_identities", r => 1));
    }

    [Fact]
    public async Task Erasure_shreds_the_key_so_the_saved_ciphertext_cannot_be_decrypted()
    {
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        var (id, code) = await PrivacyApi.CreateCaseAsync(coordinator, PrivacyApi.Client());
        var (other, _) = await PrivacyApi.CreateCaseAsync(coordinator, PrivacyApi.Client("Marko Marković", "X1"));
        // What a backup or an attacker with a copy of the table would hold.
        var copy = Assert.Single(await PrivacyApi.QueryAsync(Factory,
            "SELECT ciphertext, nonce, tag, wrapped_data_key, master_key_id FROM astra.client_identities WHERE case_id = @id",
            r => new SealedPayload((byte[])r[0], (byte[])r[1], (byte[])r[2], (byte[])r[3], r.GetString(4)), ("id", id)));
        var otherKey = Assert.Single(await PrivacyApi.QueryAsync(Factory, "SELECT wrapped_data_key FROM astra.client_identities WHERE case_id = @id", r => (byte[])r[0], ("id", other)));

        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.DeleteAsync($"/api/cases/{id}/client")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PostAsJsonAsync($"/api/cases/{id}/client/reveal", new { reason = "Preparing the court hearing" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.DeleteAsync($"/api/cases/{id}/client")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/api/cases/{id}")).StatusCode);
        Assert.Empty(await PrivacyApi.QueryAsync(Factory, "SELECT 1 FROM astra.client_identities WHERE case_id = @id", r => 1, ("id", id)));
        // The wrapped key exists nowhere in the database any more, and no other key opens the ciphertext.
        Assert.DoesNotContain(Convert.ToHexStringLower(copy.WrappedDataKey), await PrivacyApi.DumpSchemaAsync(Factory), StringComparison.Ordinal);
        var masterKey = Factory.Services.GetRequiredService<MasterKey>();
        Assert.ThrowsAny<CryptographicException>(() => EnvelopeCipher.Open(copy with { WrappedDataKey = otherKey }, id, masterKey));
        Assert.ThrowsAny<CryptographicException>(() => EnvelopeCipher.Open(copy with { WrappedDataKey = masterKey.Wrap(RandomNumberGenerator.GetBytes(32), id) }, id, masterKey));
        Assert.ThrowsAny<CryptographicException>(() => EnvelopeCipher.Open(copy with { WrappedDataKey = [] }, id, masterKey));
        var erased = Assert.Single(await PrivacyApi.AuditAsync(Factory, "client.erase"));
        Assert.Equal(code, erased.CaseCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsJsonAsync($"/api/cases/{other}/client/reveal", new { reason = "Preparing the court hearing" })).StatusCode);
    }

    [Fact]
    public async Task Blind_index_finds_the_client_across_case_diacritics_and_script()
    {
        var caseManager = await Factory.ClientForAsync("casemanager@astra.local");
        var (id, code) = await PrivacyApi.CreateCaseAsync(caseManager, PrivacyApi.Client());
        await PrivacyApi.CreateCaseAsync(caseManager, PrivacyApi.Client("Jovan Petrović", "CD 999"));

        foreach (var query in new object[] { new { fullName = "JOVANA PETROVIC" }, new { fullName = "Јована  Петровић" }, new { fullName = " jovana petrović " }, new { documentNumber = "ab123456" } })
        {
            var hits = await (await caseManager.PostAsJsonAsync("/api/clients/search", query)).Content.ReadFromJsonAsync<JsonElement>();
            var hit = Assert.Single(hits.EnumerateArray());
            Assert.Equal(id, hit.GetProperty("caseId").GetGuid());
            Assert.Equal(code, hit.GetProperty("caseCode").GetString());
        }

        Assert.Empty((await (await caseManager.PostAsJsonAsync("/api/clients/search", new { fullName = "Jovana Petrovska" })).Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
        var searches = await PrivacyApi.AuditAsync(Factory, "client.search");
        Assert.Equal(5, searches.Count);
        Assert.Equal(["found", "found", "found", "found", "none"], searches.Select(s => s.Outcome));
        var bad = await caseManager.PostAsJsonAsync("/api/clients/search", new { });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("fullName", out _));
    }

    [Fact]
    public async Task A_client_without_a_name_is_refused_naming_the_field_and_nothing_is_stored()
    {
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        var response = await coordinator.PostAsJsonAsync("/api/cases", new { client = new { fullName = " ", documents = new[] { new { type = "passport", number = "" } } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("client.fullName", out _));
        Assert.True(errors.TryGetProperty("client.documents[0].number", out _));
        Assert.Empty(await PrivacyApi.QueryAsync(Factory, "SELECT 1 FROM astra.cases", r => 1));
        Assert.Empty(await PrivacyApi.QueryAsync(Factory, "SELECT 1 FROM astra.audit_log WHERE action NOT LIKE 'auth.%'", r => 1));
    }
}
