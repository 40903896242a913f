using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Cases.Privacy;
using Astra.Workflows.Modules.Platform.Crypto;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Referrals.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Astra.Workflows.IntegrationTests.CaseRecords.CaseRecordSteps;

namespace Astra.Workflows.IntegrationTests.Privacy;

/// <summary>
/// A rotation must move every data key off the old master key, or destroying the old key — the last step of the
/// rotation — loses what was sealed under it. Notes, documents and service notes came after the identities.
/// </summary>
public sealed class SealedRecordsRotationTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Rotation_moves_notes_documents_and_service_notes_to_the_new_key_and_they_stay_readable()
    {
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        var (caseId, _) = await PrivacyApi.CreateCaseAsync(manager, null);
        await NoteAsync(manager, caseId, "Shelter intake on Friday; client afraid of the employer.");
        var pdf = Pdf("Resenje suda o zastiti");
        var document = await UploadedAsync(manager, caseId, pdf, "resenje.pdf");
        var today = Astra.Workflows.Engine.Time.OrganisationTime.Today(Factory.Clock);
        var service = await manager.PostAsJsonAsync($"/api/cases/{caseId}/services", new { serviceKey = "legal-aid", deliveredOn = today, note = "Explained the compensation claim" });
        Assert.Equal(HttpStatusCode.Created, service.StatusCode);

        var current = Factory.Services.GetRequiredService<MasterKey>();
        var next = new MasterKey(RandomNumberGenerator.GetBytes(MasterKey.KeySize));
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            Assert.Equal(3, await CaseRecordsRotation.RewrapAllAsync(db, current, next, batchSize: 1)); // note, file name, file content
            Assert.Equal(1, await ServiceNoteRotation.RewrapAllAsync(db, current, next));
            Assert.Equal(0, await CaseRecordsRotation.RewrapAllAsync(db, current, next));
            Assert.Equal(0, await ServiceNoteRotation.RewrapAllAsync(db, current, next));
        }

        // Nothing is left under the old key: it could now be destroyed.
        Assert.Equal(0, await UnderAsync(current.Id));
        Assert.Equal(4, await UnderAsync(next.Id));

        // Back to the host's key, so the running service proves the rotated keys still open the data.
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            Assert.Equal(3, await CaseRecordsRotation.RewrapAllAsync(db, next, current));
            Assert.Equal(1, await ServiceNoteRotation.RewrapAllAsync(db, next, current));
        }

        var note = Assert.Single((await manager.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/notes")).EnumerateArray());
        Assert.StartsWith("Shelter intake on Friday", note.GetProperty("text").GetString(), StringComparison.Ordinal);
        var listed = Assert.Single((await manager.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/documents")).EnumerateArray());
        Assert.Equal("resenje.pdf", listed.GetProperty("fileName").GetString());
        Assert.Equal(pdf, await manager.GetByteArrayAsync($"/api/documents/{document}/content"));
        var delivered = Assert.Single((await manager.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/services")).EnumerateArray());
        Assert.Equal("Explained the compensation claim", delivered.GetProperty("note").GetString());
    }

    [Fact]
    public async Task The_registered_rotations_move_every_kind_of_sealed_record_and_each_still_opens()
    {
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        var (caseId, _) = await PrivacyApi.CreateCaseAsync(coordinator, PrivacyApi.Client());
        await PrivacyApi.SetTeamAsync(coordinator, caseId, manager);
        await NoteAsync(manager, caseId, "Met at the shelter.");
        var pdf = Pdf("Potvrda");
        var document = await UploadedAsync(manager, caseId, pdf, "potvrda.pdf");
        var today = Astra.Workflows.Engine.Time.OrganisationTime.Today(Factory.Clock);
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync($"/api/cases/{caseId}/services", new { serviceKey = "legal-aid", deliveredOn = today, note = "Court hearing prepared" })).StatusCode);
        var hotline = await Factory.ClientForAsync(Hotline.HotlineSteps.Operator);
        var contact = (await Hotline.HotlineSteps.LogAsync(hotline, new { note = "first words" })).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await hotline.PutAsJsonAsync($"/api/contacts/{contact}", new { revision = 1, note = "second words" })).StatusCode);

        var current = Factory.Services.GetRequiredService<MasterKey>();
        var next = new MasterKey(RandomNumberGenerator.GetBytes(MasterKey.KeySize));
        var rotations = Factory.Services.GetServices<ISealedRecordRotation>().ToList();
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            var counts = await SealedRecordRotations.RunAsync(rotations, db, current, next);
            // identity, contact note and its earlier version, case note, file name and content, service note
            Assert.Equal(7, counts.Sum(c => c.Count));
            Assert.All(await SealedRecordRotations.RunAsync(rotations, db, current, next), c => Assert.Equal(0, c.Count));

            var identity = await db.Set<ClientIdentityEntity>().IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.CaseId == caseId);
            Assert.Equal(PrivacyApi.FullName, ClientIdentityCodec.Open(identity, next).FullName);
            Assert.Equal(BlindIndex.FullName(PrivacyApi.FullName, next), identity.FullNameIndex);
            var logged = await db.HotlineContacts.AsNoTracking().SingleAsync(c => c.Id == contact);
            Assert.Equal("second words", Modules.Hotline.Contacts.ContactNotes.Open(logged, next));
            var earlier = await db.HotlineContactRevisions.AsNoTracking().SingleAsync(r => r.ContactId == contact);
            var earlierNote = EnvelopeCipher.Open(new SealedPayload(earlier.NoteCiphertext!, earlier.NoteNonce!, earlier.NoteTag!, earlier.NoteWrappedKey!, earlier.NoteMasterKeyId!), contact, next);
            Assert.Equal("first words", System.Text.Encoding.UTF8.GetString(earlierNote));
        }

        // Every sealed column of the schema, so a table added later without a rotation fails here.
        Assert.Equal(0, await RowsUnderAnyKeyColumnAsync(current.Id));
        Assert.Equal(7, await RowsUnderAnyKeyColumnAsync(next.Id));

        // Back to the host's key: the running service reads every kind again.
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            Assert.Equal(7, (await SealedRecordRotations.RunAsync(rotations, db, next, current)).Sum(c => c.Count));
        }

        var revealed = await (await coordinator.PostAsJsonAsync($"/api/cases/{caseId}/client/reveal", new { reason = "Preparing the court hearing" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(PrivacyApi.FullName, revealed.GetProperty("client").GetProperty("fullName").GetString());
        var hits = await (await coordinator.PostAsJsonAsync("/api/clients/search", new { fullName = PrivacyApi.FullName })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(caseId, Assert.Single(hits.EnumerateArray()).GetProperty("caseId").GetGuid());
        Assert.Equal("second words", (await Hotline.HotlineSteps.ContactAsync(hotline, contact)).GetProperty("note").GetString());
        Assert.Equal("Met at the shelter.", Assert.Single((await manager.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/notes")).EnumerateArray()).GetProperty("text").GetString());
        Assert.Equal("potvrda.pdf", Assert.Single((await manager.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/documents")).EnumerateArray()).GetProperty("fileName").GetString());
        Assert.Equal(pdf, await manager.GetByteArrayAsync($"/api/documents/{document}/content"));
        Assert.Equal("Court hearing prepared", Assert.Single((await manager.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/services")).EnumerateArray()).GetProperty("note").GetString());
    }

    private async Task<long> RowsUnderAnyKeyColumnAsync(string keyId)
    {
        var columns = await PrivacyApi.QueryAsync(
            Factory,
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'astra' AND column_name LIKE '%master_key_id'",
            r => (Table: r.GetString(0), Column: r.GetString(1)));
        Assert.True(columns.Count >= 7, string.Join(", ", columns));
        var sql = "SELECT " + string.Join(" + ", columns.Select(c => $"(SELECT count(*) FROM astra.\"{c.Table}\" WHERE \"{c.Column}\" = @key)"));
        return Assert.Single(await PrivacyApi.QueryAsync(Factory, sql, r => r.GetInt64(0), ("key", keyId)));
    }

    private async Task<long> UnderAsync(string keyId) =>
        Assert.Single(await PrivacyApi.QueryAsync(
            Factory,
            """
            SELECT (SELECT count(*) FROM astra.case_notes WHERE master_key_id = @key)
                 + (SELECT count(*) FROM astra.case_documents WHERE name_master_key_id = @key)
                 + (SELECT count(*) FROM astra.case_document_contents WHERE master_key_id = @key)
                 + (SELECT count(*) FROM astra.services_delivered WHERE note_master_key_id = @key)
            """,
            r => r.GetInt64(0),
            ("key", keyId)));
}
