using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.Modules.Definitions.Api;
using Astra.Workflows.IntegrationTests.Definitions;
using Astra.Workflows.IntegrationTests.Engine;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Astra.Workflows.IntegrationTests.Foundation;

/// <summary>Issue 13 item 1: every payload that once crashed or exhausted the host ends as a validation error or an incident.</summary>
public sealed class CrashPayloadTests(AstraApiFactory factory) : ApiTest(factory), IDisposable
{
    private static readonly string NestedIfs =
        string.Concat(Enumerable.Repeat("{% if a %}", 20_000)) + "x" + string.Concat(Enumerable.Repeat("{% endif %}", 20_000));

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("astra-crash-");

    public static TheoryData<string, string> RunTimePayloads => new()
    {
        { "regex", Script("/^(a+)+$/.test('a'.repeat(30) + 'b')") },
        { "atomics", Script("Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0)") },
        { "repeat", Script("'x'.repeat(2e8).length > 0") },
        { "range", Note("{% for i in (1..100000000) %}x{% endfor %}") },
        { "doubling", Note("{% assign s = 'xxxxxxxxxxxxxxxx' %}{% for i in (1..24) %}{% assign s = s | append: s %}{% endfor %}{{ s.size }}") },
    };

    [Fact]
    public async Task Twenty_thousand_nested_ifs_are_a_validation_problem_and_the_host_stays_ready()
    {
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");

        var response = await coordinator.PostAsync("/api/definitions/validate", DefinitionJson.Body(Note(NestedIfs, "nested")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(result.GetProperty("valid").GetBoolean());
        var problem = Assert.Single(result.GetProperty("problems").EnumerateArray());
        Assert.Equal("note", problem.GetProperty("activityId").GetString());
        Assert.Contains("template does not parse", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Factory.CreateClient().GetAsync("/health/ready")).StatusCode);
    }

    [Theory]
    [InlineData("lawyer@astra.local")]
    [InlineData("casemanager@astra.local")]
    public async Task Only_definition_authors_may_validate(string user)
    {
        var client = await Factory.ClientForAsync(user);

        var response = await client.PostAsync("/api/definitions/validate", DefinitionJson.Body(DefinitionJson.Valid("anyone")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_definition_file_with_the_nested_template_is_reported_and_skipped()
    {
        File.WriteAllText(Path.Combine(folder.FullName, "a-nested.workflow.json"), Note(NestedIfs, "nested-file"));
        File.WriteAllText(Path.Combine(folder.FullName, "b-good.workflow.json"), DefinitionJson.Valid("after-nested"));

        var results = await Factory.Services.GetRequiredService<DefinitionImporter>().ImportAsync(folder.FullName);

        Assert.Equal(DefinitionImportOutcome.Invalid, results[0].Outcome);
        Assert.Contains("template does not parse", results[0].Message, StringComparison.Ordinal);
        Assert.Equal(DefinitionImportOutcome.Published, results[1].Outcome);
    }

    [Theory]
    [MemberData(nameof(RunTimePayloads))]
    public async Task A_payload_past_a_run_time_limit_faults_its_instance_with_an_incident(string name, string definition)
    {
        await TestDefinitions.PublishAsync(Factory, definition.Replace("crash-id", "crash-" + name, StringComparison.Ordinal));
        var client = await Factory.ClientForAsync("casemanager@astra.local");
        var (caseId, _) = await ApiSteps.OpenCaseAsync(client);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var started = await ApiSteps.StartAsync(client, "crash-" + name, caseId);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Equal("Faulted", started.GetProperty("status").GetString());
        var instance = await ApiSteps.GetInstanceAsync(client, started.GetProperty("id").GetGuid());
        var incident = Assert.Single(instance.GetProperty("incidents").EnumerateArray());
        Assert.False(string.IsNullOrWhiteSpace(incident.GetProperty("message").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await Factory.CreateClient().GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task All_run_time_payloads_in_a_row_allocate_little_and_leave_the_heap_near_its_start()
    {
        var client = await Factory.ClientForAsync("casemanager@astra.local");
        var (caseId, _) = await ApiSteps.OpenCaseAsync(client);
        foreach (var payload in RunTimePayloads)
        {
            await TestDefinitions.PublishAsync(Factory, ((string)payload[1]).Replace("crash-id", "heap-" + payload[0], StringComparison.Ordinal));
        }

        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        foreach (var payload in RunTimePayloads)
        {
            var started = await ApiSteps.StartAsync(client, "heap-" + payload[0], caseId);
            Assert.Equal("Faulted", started.GetProperty("status").GetString());
        }

        // Before the limits one payload alone allocated 335 MB (template doubling) to 6.6 GB (range); the bounds are generous.
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var heapGrowth = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        Assert.True(allocated < 512L * 1024 * 1024, $"allocated {allocated / 1048576} MB");
        Assert.True(heapGrowth < 100L * 1024 * 1024, $"heap grew by {heapGrowth / 1048576} MB");
        Assert.Equal(HttpStatusCode.OK, (await Factory.CreateClient().GetAsync("/health/ready")).StatusCode);
    }

    public void Dispose() => folder.Delete(recursive: true);

    private static string Script(string code) => $$"""
        {
          "schemaVersion": 1, "definitionId": "crash-id", "name": "Crash payload",
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "check", "type": "flow.decision", "inputs": { "condition": { "js": {{JsonSerializer.Serialize(code)}} } } },
            { "id": "yes", "type": "flow.end" },
            { "id": "no", "type": "flow.end" }
          ],
          "connections": [
            { "from": "start", "to": "check" },
            { "from": "check", "outcome": "True", "to": "yes" }, { "from": "check", "outcome": "False", "to": "no" }
          ]
        }
        """;

    private static string Note(string text, string id = "crash-id") => $$"""
        {
          "schemaVersion": 1, "definitionId": "{{id}}", "name": "Crash payload",
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "note", "type": "log.note", "inputs": { "text": {{JsonSerializer.Serialize(text)}} } },
            { "id": "end", "type": "flow.end" }
          ],
          "connections": [ { "from": "start", "to": "note" }, { "from": "note", "to": "end" } ]
        }
        """;
}
