using System.Text.Json;
using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Validation;
using Astra.Workflows.Modules.Definitions.Api;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Astra.Workflows.IntegrationTests.Definitions;

public sealed class DefinitionImportTests(AstraApiFactory factory) : ApiTest(factory), IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("astra-definitions-");

    private DefinitionImporter Importer => Factory.Services.GetRequiredService<DefinitionImporter>();

    [Fact]
    public async Task Start_up_import_publishes_a_new_file_as_version_1()
    {
        var id = Unique("startup");
        WriteFile("intake", DefinitionJson.Valid(id, "from file"));
        var service = new DefinitionImportService(
            Importer,
            new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [DefinitionsDirectory.Setting] = folder.FullName }).Build(),
            Factory.Services.GetRequiredService<IHostEnvironment>(),
            NullLogger<DefinitionImportService>.Instance);

        await service.StartAsync(CancellationToken.None);

        var details = await (await Factory.ClientForAsync("lawyer@astra.local")).GetJsonAsync($"/api/definitions/{id}");
        Assert.Equal(1, details.GetProperty("publishedVersion").GetInt32());
        Assert.Equal(JsonValueKind.Null, details.GetProperty("draftVersion").ValueKind);
        var version = Assert.Single(details.GetProperty("versions").EnumerateArray());
        Assert.Equal("file:intake.workflow.json", version.GetProperty("source").GetString());
        Assert.Equal("from file", DefinitionLifecycleTests.NoteText(details.GetProperty("definition")));
    }

    [Fact]
    public async Task Reimporting_the_same_file_changes_nothing_even_when_reformatted()
    {
        var id = Unique("same");
        var path = WriteFile("same", DefinitionJson.Valid(id));
        var first = Assert.Single(await Importer.ImportAsync(folder.FullName));
        File.WriteAllText(path, "// reformatted by hand\n" + DefinitionJson.Valid(id).Replace("\n", "\n\n", StringComparison.Ordinal));

        var second = Assert.Single(await Importer.ImportAsync(folder.FullName));

        Assert.Equal(DefinitionImportOutcome.Published, first.Outcome);
        Assert.Equal(DefinitionImportOutcome.Unchanged, second.Outcome);
        var details = await (await Factory.ClientForAsync("lawyer@astra.local")).GetJsonAsync($"/api/definitions/{id}");
        Assert.Single(details.GetProperty("versions").EnumerateArray());
    }

    [Fact]
    public async Task A_changed_file_is_published_as_the_next_version()
    {
        var id = Unique("changed");
        var path = WriteFile("changed", DefinitionJson.Valid(id, "v1"));
        await Importer.ImportAsync(folder.FullName);
        File.WriteAllText(path, DefinitionJson.Valid(id, "v2"));

        var result = Assert.Single(await Importer.ImportAsync(folder.FullName));

        Assert.Equal(DefinitionImportOutcome.Published, result.Outcome);
        Assert.Equal(2, result.Version);
        var client = await Factory.ClientForAsync("lawyer@astra.local");
        var details = await client.GetJsonAsync($"/api/definitions/{id}");
        Assert.Equal(2, details.GetProperty("publishedVersion").GetInt32());
        Assert.Equal("v2", DefinitionLifecycleTests.NoteText(details.GetProperty("definition")));
        Assert.Equal("v1", DefinitionLifecycleTests.NoteText(await client.GetJsonAsync($"/api/definitions/{id}/versions/1")));
    }

    [Fact]
    public async Task A_designer_edit_is_not_overwritten_and_the_conflict_is_shown()
    {
        var id = Unique("edited");
        var path = WriteFile("edited", DefinitionJson.Valid(id, "file v1"));
        await Importer.ImportAsync(folder.FullName);
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        (await coordinator.PutAsync($"/api/definitions/{id}", DefinitionJson.Body(DefinitionJson.Valid(id, "designer")))).EnsureSuccessStatusCode();
        (await coordinator.PostAsync($"/api/definitions/{id}/publish", null)).EnsureSuccessStatusCode();
        File.WriteAllText(path, DefinitionJson.Valid(id, "file v2"));

        var result = Assert.Single(await Importer.ImportAsync(folder.FullName));

        Assert.Equal(DefinitionImportOutcome.Conflict, result.Outcome);
        var details = await coordinator.GetJsonAsync($"/api/definitions/{id}");
        Assert.Equal(2, details.GetProperty("publishedVersion").GetInt32());
        Assert.Equal(2, details.GetProperty("versions").GetArrayLength());
        Assert.Equal("designer", DefinitionLifecycleTests.NoteText(details.GetProperty("definition")));
        var conflict = details.GetProperty("importConflict");
        Assert.Equal("edited.workflow.json", conflict.GetProperty("file").GetString());
        Assert.Contains("designer", conflict.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Copying_the_designer_version_into_the_file_settles_the_conflict()
    {
        var id = Unique("settled");
        var path = WriteFile("settled", DefinitionJson.Valid(id, "file v1"));
        await Importer.ImportAsync(folder.FullName);
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        (await coordinator.PutAsync($"/api/definitions/{id}", DefinitionJson.Body(DefinitionJson.Valid(id, "designer")))).EnsureSuccessStatusCode();
        File.WriteAllText(path, DefinitionJson.Valid(id, "file v2"));
        Assert.Equal(DefinitionImportOutcome.Conflict, Assert.Single(await Importer.ImportAsync(folder.FullName)).Outcome);
        File.WriteAllText(path, DefinitionJson.Valid(id, "designer"));

        var result = Assert.Single(await Importer.ImportAsync(folder.FullName));

        Assert.Equal(DefinitionImportOutcome.Unchanged, result.Outcome);
        var details = await coordinator.GetJsonAsync($"/api/definitions/{id}");
        Assert.Equal(JsonValueKind.Null, details.GetProperty("importConflict").ValueKind);
        Assert.Equal(2, details.GetProperty("versions").GetArrayLength());
    }

    [Fact]
    public async Task Two_files_with_one_definition_id_do_not_overwrite_each_other()
    {
        var id = Unique("twice");
        WriteFile("a-first", DefinitionJson.Valid(id, "a"));
        WriteFile("b-second", DefinitionJson.Valid(id, "b"));

        var results = await Importer.ImportAsync(folder.FullName);
        var again = await Importer.ImportAsync(folder.FullName);

        Assert.Equal([DefinitionImportOutcome.Published, DefinitionImportOutcome.Conflict], results.Select(r => r.Outcome).ToArray());
        Assert.Equal([DefinitionImportOutcome.Unchanged, DefinitionImportOutcome.Conflict], again.Select(r => r.Outcome).ToArray());
        Assert.Contains("a-first.workflow.json", results[1].Message, StringComparison.Ordinal);
        var details = await (await Factory.ClientForAsync("lawyer@astra.local")).GetJsonAsync($"/api/definitions/{id}");
        Assert.Single(details.GetProperty("versions").EnumerateArray());
        Assert.Equal("a", DefinitionLifecycleTests.NoteText(details.GetProperty("definition")));
    }

    [Fact]
    public async Task A_designer_draft_is_not_overwritten_either()
    {
        var id = Unique("drafted");
        var path = WriteFile("drafted", DefinitionJson.Valid(id, "file v1"));
        await Importer.ImportAsync(folder.FullName);
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        (await coordinator.PutAsync($"/api/definitions/{id}", DefinitionJson.Body(DefinitionJson.Valid(id, "work in progress")))).EnsureSuccessStatusCode();
        File.WriteAllText(path, DefinitionJson.Valid(id, "file v2"));

        var result = Assert.Single(await Importer.ImportAsync(folder.FullName));

        Assert.Equal(DefinitionImportOutcome.Conflict, result.Outcome);
        var draft = await coordinator.GetJsonAsync($"/api/definitions/{id}/versions/2");
        Assert.Equal("work in progress", DefinitionLifecycleTests.NoteText(draft));
        var details = await coordinator.GetJsonAsync($"/api/definitions/{id}");
        Assert.Equal(1, details.GetProperty("publishedVersion").GetInt32());
        Assert.Equal(JsonValueKind.Object, details.GetProperty("importConflict").ValueKind);
    }

    [Fact]
    public async Task Invalid_and_malformed_files_are_skipped_and_the_rest_imported()
    {
        var good = Unique("good");
        var bad = Unique("bad");
        WriteFile("a-malformed", "{ \"definitionId\": ");
        WriteFile("b-invalid", DefinitionJson.Invalid(bad));
        WriteFile("c-good", DefinitionJson.Valid(good));

        var results = await Importer.ImportAsync(folder.FullName);

        Assert.Equal(
            [DefinitionImportOutcome.Invalid, DefinitionImportOutcome.Invalid, DefinitionImportOutcome.Published],
            results.Select(r => r.Outcome).ToArray());
        Assert.Contains("no.such.type", results[1].Message, StringComparison.Ordinal);
        var client = await Factory.ClientForAsync("lawyer@astra.local");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync($"/api/definitions/{bad}")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync($"/api/definitions/{good}")).StatusCode);
    }

    [Fact]
    public void Every_file_in_the_repository_definitions_folder_validates()
    {
        var validator = Factory.Services.GetRequiredService<DefinitionValidator>();
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "definitions"), DefinitionImporter.FilePattern);

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.Empty(DefinitionChecks.Validate(validator, DefinitionSerializer.Parse(File.ReadAllText(file)))));
    }

    public void Dispose() => folder.Delete(recursive: true);

    // The conflict registry lives as long as the shared host, so each test uses ids no other test touches.
    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..20];

    private string WriteFile(string name, string json)
    {
        var path = Path.Combine(folder.FullName, name + ".workflow.json");
        File.WriteAllText(path, json);
        return path;
    }
}
