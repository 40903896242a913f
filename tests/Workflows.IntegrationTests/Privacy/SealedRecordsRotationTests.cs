using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Cases.Privacy;
using Astra.Workflows.Modules.Platform.Crypto;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Referrals.Services;
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
