using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Astra.Workflows.IntegrationTests.Definitions;

/// <summary>Definition JSON for the tests: a small valid flow whose note text marks the "content" of a version.</summary>
internal static class DefinitionJson
{
    public static string Valid(string definitionId, string note = "first") => $$"""
    {
      "schemaVersion": 1,
      "definitionId": "{{definitionId}}",
      "name": "Test {{definitionId}}",
      "activities": [
        { "id": "start", "type": "flow.start" },
        { "id": "note", "type": "log.note", "inputs": { "text": "{{note}}" } },
        { "id": "end", "type": "flow.end" }
      ],
      "connections": [
        { "from": "start", "to": "note" },
        { "from": "note", "to": "end" }
      ]
    }
    """;

    /// <summary>Four independent mistakes, so a validator that stops at the first one fails the test.</summary>
    public static string Invalid(string definitionId) => $$"""
    {
      "schemaVersion": 1, "definitionId": "{{definitionId}}",
      "name": "Broken",
      "activities": [
        { "id": "start", "type": "flow.start" },
        { "id": "mystery", "type": "no.such.type" },
        { "id": "decide", "type": "flow.decision" },
        { "id": "end", "type": "flow.end" }
      ],
      "connections": [
        { "from": "start", "to": "decide" },
        { "from": "decide", "outcome": "True", "to": "end" },
        { "from": "decide", "outcome": "False", "to": "ghost" },
        { "from": "mystery", "to": "end" }
      ]
    }
    """;

    public static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url) =>
        await client.GetFromJsonAsync<JsonElement>(url);
}
