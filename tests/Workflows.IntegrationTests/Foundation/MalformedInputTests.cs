using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Astra.Workflows.IntegrationTests.Engine;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Astra.Workflows.IntegrationTests.Foundation;

/// <summary>
/// Issue 14 item 6: generated from the host's own OpenAPI document, so a new endpoint is covered the day it is
/// added. Every POST/PUT/PATCH under /api gets malformed bodies; any 5xx fails the test with the list of them.
/// </summary>
public sealed class MalformedInputTests(AstraApiFactory factory, ITestOutputHelper output) : ApiTest(factory)
{
    private const string NestedMark = "__nested__";
    private const string CaseMark = "__case__";
    private static readonly string[] Methods = ["post", "put", "patch"];

    [Fact]
    public async Task No_malformed_body_to_any_endpoint_is_answered_with_a_server_error()
    {
        var admin = await Factory.ClientForAsync("admin@astra.local");
        var document = await admin.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var caseId = await OpenCaseAsync();
        var endpoints = Endpoints(document).ToList();
        Assert.True(endpoints.Count > 20, $"Only {endpoints.Count} endpoints were read from the OpenAPI document.");

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var failures = new List<string>();
        var sent = 0;
        foreach (var user in new[] { "admin@astra.local", "casemanager@astra.local" })
        {
            foreach (var (method, template, schema) in endpoints)
            {
                // A fresh sign-in per endpoint: a body that signs out or changes the session must not hide the rest.
                var client = await SignInAsync(user);
                if (client is null)
                {
                    // Wrong current passwords sent to the password change throttle the account, as they should.
                    await Factory.ResetAsync();
                    caseId = await OpenCaseAsync();
                    client = await SignInAsync(user) ?? throw new InvalidOperationException($"{user} cannot sign in after a reset.");
                }

                var path = template.Replace(CaseMark, caseId.ToString(), StringComparison.Ordinal);
                foreach (var (label, body) in Bodies(document, schema))
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), path)
                    {
                        Content = new StringContent(body, Encoding.UTF8, "application/json"),
                    };
                    using var response = await client.SendAsync(request);
                    sent++;
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{user} {method.ToUpperInvariant()} {path} [{label}] → {(int)response.StatusCode}");
                    }
                }
            }
        }

        output.WriteLine($"{endpoints.Count} endpoints, {sent} requests, {failures.Count} server errors, {watch.Elapsed.TotalSeconds:F0} s.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} malformed requests got a server error:\n" + string.Join('\n', failures));
    }

    private async Task<Guid> OpenCaseAsync() => (await ApiSteps.OpenCaseAsync(await Factory.ClientForAsync("casemanager@astra.local"))).Id;

    private async Task<HttpClient?> SignInAsync(string user)
    {
        var client = Factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = user, password = AstraApiFactory.DemoPassword });
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static IEnumerable<(string Method, string Path, JsonElement? Schema)> Endpoints(JsonElement document)
    {
        foreach (var path in document.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal)))
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)))
            {
                var url = FillPath(path.Name, operation.Value, path.Value);
                JsonElement? schema = operation.Value.TryGetProperty("requestBody", out var body)
                    && body.TryGetProperty("content", out var content)
                    && content.EnumerateObject().FirstOrDefault(c => c.Name.Contains("json", StringComparison.Ordinal)) is { Value.ValueKind: JsonValueKind.Object } json
                    && json.Value.TryGetProperty("schema", out var s) ? s : null;
                yield return (operation.Name, url, schema);
            }
        }
    }

    private static string FillPath(string template, JsonElement operation, JsonElement pathItem)
    {
        var parameters = Parameters(operation).Concat(Parameters(pathItem)).ToList();
        var url = template;
        foreach (var name in System.Text.RegularExpressions.Regex.Matches(template, @"\{([^}]+)\}").Select(m => m.Groups[1].Value))
        {
            var schema = parameters.FirstOrDefault(p => p.GetProperty("name").GetString() == name);
            var type = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("schema", out var s) ? TypeOf(s) : "string";
            var value = name.Equals("caseId", StringComparison.OrdinalIgnoreCase) || (name == "id" && template.StartsWith("/api/cases/", StringComparison.Ordinal))
                ? CaseMark
                : type is "integer" or "number" ? "1" : Guid.NewGuid().ToString();
            url = url.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return url;
    }

    private static List<JsonElement> Parameters(JsonElement element) =>
        element.TryGetProperty("parameters", out var list) ? [.. list.EnumerateArray()] : [];

    private static IEnumerable<(string Label, string Body)> Bodies(JsonElement document, JsonElement? schema)
    {
        yield return ("null", "null");
        yield return ("array", "[]");
        yield return ("string", "\"x\"");
        yield return ("number", "12");
        yield return ("true", "true");
        yield return ("empty object", "{}");
        yield return ("unreadable", "{\"a\":");
        yield return ("NUL string", "\"a\\u0000b\"");
        yield return ("huge number", "1" + new string('0', 400));
        yield return ("deep array", new string('[', 200) + new string(']', 200));
        yield return ("deep object", Nested(200));

        var properties = Properties(document, schema);
        if (properties.Count == 0)
        {
            yield break;
        }

        yield return ("every property null", Object(properties, _ => null));
        yield return ("every property wrong", Object(properties, p => Wrong(p.Schema)));
        yield return ("every string NUL", Object(properties, p => Sample(document, p.Schema, "a\u0000b", 0)));
        yield return ("every number huge", Object(properties, p => Sample(document, p.Schema, "x", 0, huge: true)));
        yield return ("every property nested", Object(properties, _ => JsonValue.Create(NestedMark)).Replace($"\"{NestedMark}\"", Nested(200), StringComparison.Ordinal));
        foreach (var property in properties)
        {
            yield return ($"{property.Name} null", Object(properties, p => p.Name == property.Name ? null : Sample(document, p.Schema, "x", 0)));
            yield return ($"{property.Name} wrong", Object(properties, p => p.Name == property.Name ? Wrong(p.Schema) : Sample(document, p.Schema, "x", 0)));
            yield return ($"{property.Name} NUL", Object(properties, p => Sample(document, p.Schema, p.Name == property.Name ? "a\u0000b" : "x", 0)));
            yield return ($"{property.Name} huge", Object(properties, p => Sample(document, p.Schema, "x", 0, huge: p.Name == property.Name)));
        }
    }

    private static string Object(List<(string Name, JsonElement Schema)> properties, Func<(string Name, JsonElement Schema), JsonNode?> value)
    {
        var body = new JsonObject();
        foreach (var property in properties)
        {
            body[property.Name] = value(property);
        }

        return body.ToJsonString();
    }

    private static List<(string Name, JsonElement Schema)> Properties(JsonElement document, JsonElement? schema)
    {
        if (schema is not { } s || Resolve(document, s) is not { } resolved || !resolved.TryGetProperty("properties", out var properties))
        {
            return [];
        }

        return [.. properties.EnumerateObject().Select(p => (p.Name, p.Value))];
    }

    private static JsonElement? Resolve(JsonElement document, JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            return document.GetProperty("components").GetProperty("schemas").TryGetProperty(name, out var target) ? Resolve(document, target) : null;
        }

        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.TryGetProperty(combinator, out var options))
            {
                return options.EnumerateArray().Select(o => Resolve(document, o)).FirstOrDefault(o => o is { } r && TypeOf(r) != "null");
            }
        }

        return schema;
    }

    private static string TypeOf(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("properties", out _) ? "object" : "any";
        }

        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()!).FirstOrDefault(t => t != "null") ?? "null"
            : type.GetString()!;
    }

    /// <summary>A plausible value of the schema's type, with <paramref name="text"/> in every string inside it.</summary>
    private static JsonNode? Sample(JsonElement document, JsonElement schema, string text, int depth, bool huge = false)
    {
        if (depth > 4 || Resolve(document, schema) is not { } s)
        {
            return null;
        }

        var format = s.TryGetProperty("format", out var f) ? f.GetString() : null;
        return TypeOf(s) switch
        {
            "string" when text != "x" => JsonValue.Create(text),
            "string" => format switch
            {
                "uuid" => JsonValue.Create(Guid.NewGuid().ToString()),
                "date" => JsonValue.Create("2026-01-01"),
                "date-time" => JsonValue.Create("2026-01-01T00:00:00Z"),
                "email" => JsonValue.Create("nobody@example.org"),
                _ => s.TryGetProperty("enum", out var values) && values.GetArrayLength() > 0 ? JsonNode.Parse(values[0].GetRawText()) : JsonValue.Create("x"),
            },
            "integer" or "number" => huge ? JsonNode.Parse("1" + new string('0', 60)) : JsonValue.Create(1),
            "boolean" => JsonValue.Create(true),
            "array" => new JsonArray(s.TryGetProperty("items", out var items) ? Sample(document, items, text, depth + 1, huge) : JsonValue.Create(text)),
            "object" => SampleObject(document, s, text, depth, huge),
            _ => JsonValue.Create(text),
        };
    }

    private static JsonObject SampleObject(JsonElement document, JsonElement schema, string text, int depth, bool huge)
    {
        var result = new JsonObject();
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                result[property.Name] = Sample(document, property.Value, text, depth + 1, huge);
            }
        }
        else if (text != "x")
        {
            // A free-form object (a map or JSON value): the text goes in a key and a value.
            result[text] = JsonValue.Create(text);
        }

        return result;
    }

    private static JsonNode Wrong(JsonElement schema) => TypeOf(schema) switch
    {
        "string" => new JsonArray(JsonValue.Create(12)),
        "integer" or "number" => JsonValue.Create("12"),
        "boolean" => JsonValue.Create("yes"),
        "array" => new JsonObject { ["a"] = 1 },
        "object" => JsonValue.Create("x"),
        _ => new JsonArray(JsonValue.Create(12), new JsonObject()),
    };

    // Deeper than JsonNode writes, so spliced in as text.
    private static string Nested(int depth) => string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
}
