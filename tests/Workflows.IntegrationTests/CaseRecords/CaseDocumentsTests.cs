using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.IntegrationTests.Privacy;
using static Astra.Workflows.IntegrationTests.CaseRecords.CaseRecordSteps;

namespace Astra.Workflows.IntegrationTests.CaseRecords;

/// <summary>Issue 18 item 4: documents typed by content, stored encrypted, need-to-know like the case, every download audited.</summary>
public sealed class CaseDocumentsTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task A_pdf_is_uploaded_listed_downloaded_byte_for_byte_and_each_read_and_download_is_audited()
    {
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        var (caseId, code) = await PrivacyApi.CreateCaseAsync(manager, null);
        var pdf = Pdf("Punomocje za zastupanje");
        var upload = await UploadAsync(manager, caseId, pdf, "punomoćje.pdf", "powerOfAttorney", contentType: "application/octet-stream");
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var created = await upload.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("application/pdf", created.GetProperty("mediaType").GetString());
        var id = created.GetProperty("id").GetGuid();

        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        var listed = Assert.Single((await coordinator.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/documents")).EnumerateArray());
        Assert.Equal("punomoćje.pdf", listed.GetProperty("fileName").GetString());
        Assert.Equal("powerOfAttorney", listed.GetProperty("kind").GetString());
        Assert.Equal(pdf.Length, listed.GetProperty("sizeBytes").GetInt64());
        Assert.Equal("Demo Case Manager", listed.GetProperty("uploadedByName").GetString());

        var download = await manager.GetAsync($"/api/documents/{id}/content");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());

        Assert.Equal(code, Assert.Single(await PrivacyApi.AuditAsync(Factory, "document.list")).CaseCode);
        var downloads = await PrivacyApi.AuditAsync(Factory, "document.download");
        Assert.Equal(await PrivacyApi.MeAsync(manager), Assert.Single(downloads).UserId);
        Assert.Single(await PrivacyApi.AuditAsync(Factory, "document.upload"));
    }

    [Theory]
    [InlineData("MZ", "invoice.pdf")]
    [InlineData("\u007fELF", "court-decision.pdf")]
    [InlineData("#!/bin/sh", "scan.jpg")]
    [InlineData("PK\u0003\u0004", "statement.docx")]
    public async Task Content_that_is_no_accepted_type_is_refused_whatever_its_name(string head, string name)
    {
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        var (caseId, _) = await PrivacyApi.CreateCaseAsync(manager, null);
        var content = Encoding.Latin1.GetBytes(head + new string('\0', 64) + "This program cannot be run in DOS mode.");
        var response = await UploadAsync(manager, caseId, content, name, contentType: "application/pdf");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("file", out _));
        Assert.Empty(await PrivacyApi.QueryAsync(Factory, "SELECT id FROM astra.case_documents", r => r.GetGuid(0)));
    }

    [Fact]
    public async Task A_pdf_named_as_a_word_file_and_an_unknown_kind_are_refused_naming_the_field()
    {
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        var (caseId, _) = await PrivacyApi.CreateCaseAsync(manager, null);
        var renamed = await UploadAsync(manager, caseId, Pdf("x"), "decision.docx");
        Assert.True((await renamed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("file", out _));
        var kind = await UploadAsync(manager, caseId, Pdf("x"), "decision.pdf", kind: "selfie");
        Assert.Equal(HttpStatusCode.BadRequest, kind.StatusCode);
        Assert.True((await kind.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("kind", out _));
    }

    [Fact]
    public async Task A_json_body_to_the_upload_is_415_naming_the_expected_content_type_and_a_wrong_path_stays_404()
    {
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        var (caseId, _) = await PrivacyApi.CreateCaseAsync(manager, null);
        var response = await manager.PostAsJsonAsync($"/api/cases/{caseId}/documents", new { kind = "courtDecision", file = "JVBERi0=" });
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("multipart/form-data", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(problem.GetProperty("errors").TryGetProperty("Content-Type", out _));
        Assert.Empty(await PrivacyApi.QueryAsync(Factory, "SELECT id FROM astra.case_documents", r => r.GetGuid(0)));

        // Only a path that exists with another content type is a 415: a malformed id or an unknown path stays 404.
        Assert.Equal(HttpStatusCode.NotFound, (await manager.PostAsJsonAsync("/api/cases/not-a-guid/documents", new { kind = "courtDecision" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.PostAsJsonAsync($"/api/cases/{caseId}/no-such-thing", new { })).StatusCode);
        // The same holds the other way round: a form sent to a JSON endpoint names JSON.
        var form = await manager.PostAsync($"/api/cases/{caseId}/notes", new FormUrlEncodedContent([new("text", "x")]));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        Assert.Contains("application/json", (await form.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_over_20_MB_is_refused_with_413_problem_details()
    {
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        var (caseId, _) = await PrivacyApi.CreateCaseAsync(manager, null);
        var big = new byte[(20 * 1024 * 1024) + (100 * 1024)];
        Pdf("big").CopyTo(big, 0);
        var response = await UploadAsync(manager, caseId, big, "big.pdf");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        // Just under the limit is taken: the limit is the file's, not a smaller service-wide one.
        var fits = new byte[20 * 1024 * 1024];
        Pdf("fits").CopyTo(fits, 0);
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(manager, caseId, fits, "fits.pdf")).StatusCode);
    }

    [Fact]
    public async Task Another_teams_case_manager_gets_404_for_the_list_the_upload_the_download_and_the_delete()
    {
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        var (caseId, _) = await PrivacyApi.CreateCaseAsync(manager, null);
        var id = await UploadedAsync(manager, caseId, Pdf("Medical finding"), "finding.pdf", "medicalFinding");
        var other = await Factory.ClientForAsync("casemanager2@astra.local");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/cases/{caseId}/documents")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await UploadAsync(other, caseId, Pdf("x"), "x.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/documents/{id}/content")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/documents/{id}")).StatusCode);
        Assert.Empty(await PrivacyApi.AuditAsync(Factory, "document.download"));
        Assert.Empty(await PrivacyApi.AuditAsync(Factory, "document.delete"));
    }

    [Fact]
    public async Task Deleting_removes_the_content_keeps_the_record_and_the_audit_row()
    {
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        var (caseId, code) = await PrivacyApi.CreateCaseAsync(manager, null);
        var id = await UploadedAsync(manager, caseId, Pdf("ID copy"), "id.pdf", "identityDocument");

        Assert.Equal(HttpStatusCode.NoContent, (await manager.DeleteAsync($"/api/documents/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await manager.GetAsync($"/api/documents/{id}/content")).StatusCode);
        var listed = Assert.Single((await manager.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/documents")).EnumerateArray());
        Assert.Equal(JsonValueKind.String, listed.GetProperty("deletedAt").ValueKind);
        Assert.Equal(await PrivacyApi.MeAsync(manager), listed.GetProperty("deletedBy").GetGuid());
        Assert.Empty(await PrivacyApi.QueryAsync(Factory, "SELECT document_id FROM astra.case_document_contents", r => r.GetGuid(0)));
        var deleted = Assert.Single(await PrivacyApi.AuditAsync(Factory, "document.delete"));
        Assert.Equal(code, deleted.CaseCode);
    }

    [Fact]
    public async Task Notes_documents_and_their_names_are_not_readable_in_a_pg_dump()
    {
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        var (caseId, _) = await PrivacyApi.CreateCaseAsync(manager, null);
        const string noteMarker = "Zorana says the recruiter kept her passport";
        const string documentMarker = "Nalaz HIV testa negativan Zorana";
        const string fileName = "Zorana-Markovic-nalaz.pdf";
        await NoteAsync(manager, caseId, noteMarker);
        await UploadedAsync(manager, caseId, Pdf(documentMarker), fileName, "medicalFinding");
        Assert.Contains(noteMarker, (await manager.GetStringAsync($"/api/cases/{caseId}/notes")), StringComparison.Ordinal);

        var dump = await DumpAsync(Factory);
        Assert.Contains("case_document_contents", dump, StringComparison.Ordinal);
        Assert.Contains("case_notes", dump, StringComparison.Ordinal);
        var leaks = new[] { noteMarker, documentMarker, fileName, "Zorana" }.SelectMany(Spellings).Where(s => dump.Contains(s, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(leaks.Count == 0, string.Join('\n', leaks));
    }
}
