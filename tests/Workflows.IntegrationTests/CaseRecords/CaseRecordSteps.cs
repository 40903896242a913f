using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Npgsql;

namespace Astra.Workflows.IntegrationTests.CaseRecords;

/// <summary>Shared steps for notes and documents: uploads, a small real PDF, and a pg_dump of the whole database.</summary>
internal static class CaseRecordSteps
{
    private const string PgDump = "/usr/lib/postgresql/15/bin/pg_dump";

    /// <summary>A minimal PDF whose body carries <paramref name="marker"/> in plain text, as a scanned letter's text layer would.</summary>
    public static byte[] Pdf(string marker) => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        + $"3 0 obj << /Length {marker.Length + 10} >> stream\nBT ({marker}) Tj ET\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid caseId, byte[] content, string fileName, string kind = "courtDecision", string contentType = "application/pdf", Guid? taskId = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        form.Add(new StringContent(kind), "kind");
        if (taskId is { } task)
        {
            form.Add(new StringContent(task.ToString()), "taskId");
        }

        return await client.PostAsync($"/api/cases/{caseId}/documents", form);
    }

    public static async Task<Guid> UploadedAsync(HttpClient client, Guid caseId, byte[] content, string fileName, string kind = "courtDecision")
    {
        var response = await UploadAsync(client, caseId, content, fileName, kind);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<Guid> NoteAsync(HttpClient client, Guid caseId, string text, Guid? corrects = null)
    {
        var response = await client.PostAsJsonAsync($"/api/cases/{caseId}/notes", new { text, corrects });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>The whole database as pg_dump writes it (bytea as hex), the form a stolen backup would have.</summary>
    public static async Task<string> DumpAsync(AstraApiFactory factory)
    {
        var builder = new NpgsqlConnectionStringBuilder(factory.ConnectionString);
        var start = new ProcessStartInfo(PgDump)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { "--host", builder.Host!, "--port", builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--username", builder.Username!, "--dbname", builder.Database!, "--no-owner" },
        };
        start.Environment["PGPASSWORD"] = builder.Password ?? string.Empty;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await error);
        return await output;
    }

    /// <summary>How a string would look in the dump if it were stored as it is: as text, or as bytea hex.</summary>
    public static IEnumerable<string> Spellings(string value)
    {
        yield return value;
        yield return Convert.ToHexStringLower(Encoding.UTF8.GetBytes(value));
    }
}
