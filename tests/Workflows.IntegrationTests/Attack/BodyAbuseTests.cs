using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Astra.Workflows.IntegrationTests.Engine;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Astra.Workflows.IntegrationTests.Attack;

/// <summary>
/// Bodies a signed-in user may send to every POST/PUT under /api, generated from the OpenAPI document: an unknown key
/// is a 400 naming the key, and a very long string in any free text field is refused, never stored nor a 5xx.
/// </summary>
public sealed class BodyAbuseTests(AstraApiFactory factory, ITestOutputHelper output) : ApiTest(factory)
{
    private const string UnknownKey = "zzNoSuchField";

    // Tried in this order; the first whose role may call the endpoint answers for it.
    private static readonly string[] Users =
    [
        "admin@astra.local", "coordinator@astra.local", "casemanager@astra.local", "lawyer@astra.local", "operator@astra.local", "director@astra.local",
    ];

    [Fact]
    public async Task An_unknown_key_in_any_body_is_a_400_naming_the_key()
    {
        var (document, caseId, operations) = await PrepareAsync();
        var failures = new List<string>();
        foreach (var operation in operations)
        {
            var body = (JsonObject)OpenApiOperation.Sample(document, operation.Body!.Value)!;
            body[UnknownKey] = 1;
            var (user, response, text) = await SendAsync(operation, operation.Fill(caseId), body.ToJsonString());
            if (response is null)
            {
                continue;
            }

            if (response != HttpStatusCode.BadRequest || !text.Contains(UnknownKey, StringComparison.Ordinal))
            {
                failures.Add($"{user} {operation.Method} {operation.Template} → {(int)response}: {Short(text)}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {operations.Count} endpoints took an unknown key without naming it:\n" + string.Join('\n', failures));
    }

    [Fact]
    public async Task A_very_long_string_in_any_free_text_field_is_refused_not_stored()
    {
        var (document, caseId, operations) = await PrepareAsync();
        var failures = new List<string>();
        var sent = 0;
        // Validation is a dry run that stores nothing and answers with the problems found (a long id is one).
        foreach (var operation in operations.Where(o => o.Template != "/api/definitions/validate"))
        {
            foreach (var path in StringPaths(document, operation.Body!.Value, ""))
            {
                var body = (JsonObject)OpenApiOperation.Sample(document, operation.Body!.Value)!;
                if (!Set(body, path, new string('a', 300_000)))
                {
                    continue;
                }

                var (user, response, text) = await SendAsync(operation, operation.Fill(caseId), body.ToJsonString());
                sent++;
                if (response is { } status && ((int)status >= 500 || (int)status < 300))
                {
                    failures.Add($"{user} {operation.Method} {operation.Template} [{path}] → {(int)status}: {Short(text)}");
                }
            }
        }

        output.WriteLine($"{sent} long-string bodies sent.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} long strings were taken or crashed:\n" + string.Join('\n', failures));
    }

    public static TheoryData<string> SimulationExtremes => new()
    {
        """ "startAt": "0001-01-01T00:00:00Z" """,
        """ "startAt": "9999-12-31T23:59:59Z" """,
        """ "startAt": "9999-12-31T23:59:59-14:00" """,
        """ "maxSteps": 2147483647 """,
        """ "maxSteps": -1 """,
        """ "horizonDays": 2147483647 """,
        """ "horizonDays": -2147483648 """,
        """ "choices": { "x": { "outcome": "x", "after": "P10675199D" } } """,
        """ "input": { "a": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]] } """,
    };

    [Theory]
    [MemberData(nameof(SimulationExtremes))]
    public async Task A_simulation_at_the_ends_of_time_or_with_extreme_limits_is_answered_quickly_without_a_server_error(string field)
    {
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        var body = $$"""{ "definition": {{Definitions.DefinitionJson.Valid("sim-extreme")}}, {{field}} }""";
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var response = await coordinator.PostAsync("/api/definitions/simulate", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed.TotalSeconds:F1} s");
    }

    private async Task<(JsonElement Document, Guid CaseId, List<OpenApiOperation> Operations)> PrepareAsync()
    {
        var admin = await Factory.ClientForAsync("admin@astra.local");
        var document = await admin.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var caseId = (await ApiSteps.OpenCaseAsync(await Factory.ClientForAsync("casemanager@astra.local"))).Id;
        var operations = OpenApiOperation.Read(document)
            .Where(o => o.Body is { } b && OpenApiOperation.TypeOf(document, b) == "object" && OpenApiOperation.Sample(document, b) is JsonObject)
            .ToList();
        Assert.True(operations.Count > 30, $"Only {operations.Count} operations with an object body were read.");
        return (document, caseId, operations);
    }

    private async Task<(string User, HttpStatusCode? Status, string Text)> SendAsync(OpenApiOperation operation, string path, string body)
    {
        foreach (var user in Users)
        {
            // Fresh sign-ins: a body may sign out, change a password or disable the user sending it.
            var client = await Factory.ClientForAsync(user);
            using var request = new HttpRequestMessage(new HttpMethod(operation.Method), path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            using var response = await client.SendAsync(request);
            if (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized)
            {
                continue;
            }

            return (user, response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        return ("nobody", null, "");
    }

    /// <summary>JSON paths ("a.b[0].c") of every free string (no enum, no format) in the schema.</summary>
    private static IEnumerable<string> StringPaths(JsonElement document, JsonElement schema, string prefix, int depth = 0)
    {
        if (depth > 4 || OpenApiOperation.Resolve(document, schema) is not { } s)
        {
            yield break;
        }

        switch (OpenApiOperation.TypeOf(document, s))
        {
            case "string" when !s.TryGetProperty("enum", out _) && !s.TryGetProperty("format", out _):
                yield return prefix;
                break;
            case "array" when s.TryGetProperty("items", out var items):
                foreach (var inner in StringPaths(document, items, prefix + "[0]", depth + 1))
                {
                    yield return inner;
                }

                break;
            case "object" when s.TryGetProperty("properties", out var properties):
                foreach (var property in properties.EnumerateObject())
                {
                    foreach (var inner in StringPaths(document, property.Value, prefix.Length == 0 ? property.Name : prefix + "." + property.Name, depth + 1))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    private static bool Set(JsonNode root, string path, string value)
    {
        var parts = path.Replace("[0]", ".[0]", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries);
        var node = root;
        for (var i = 0; i < parts.Length; i++)
        {
            var last = i == parts.Length - 1;
            if (parts[i] == "[0]")
            {
                if (node is not JsonArray { Count: > 0 } array)
                {
                    return false;
                }

                if (last)
                {
                    array[0] = value;
                    return true;
                }

                node = array[0]!;
            }
            else
            {
                if (node is not JsonObject obj)
                {
                    return false;
                }

                if (last)
                {
                    obj[parts[i]] = value;
                    return true;
                }

                node = obj[parts[i]];
                if (node is null)
                {
                    return false;
                }
            }
        }

        return false;
    }

    private static string Short(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
