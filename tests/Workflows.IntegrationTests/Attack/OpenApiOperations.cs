using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Astra.Workflows.IntegrationTests.Attack;

/// <summary>The host's own OpenAPI document read as a list of operations, so an attack covers a new endpoint the day it is added.</summary>
internal sealed partial record OpenApiOperation(string Method, string Template, IReadOnlyList<(string Name, string Type, JsonElement Schema)> Query, JsonElement? Body)
{
    public static IReadOnlyList<OpenApiOperation> Read(JsonElement document)
    {
        var list = new List<OpenApiOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal)))
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete"))
            {
                var query = operation.Value.TryGetProperty("parameters", out var parameters)
                    ? parameters.EnumerateArray()
                        .Where(p => p.GetProperty("in").GetString() == "query")
                        .Select(p => (p.GetProperty("name").GetString()!, TypeOf(document, p.GetProperty("schema")), p.GetProperty("schema")))
                        .ToList()
                    : [];
                JsonElement? body = operation.Value.TryGetProperty("requestBody", out var requestBody)
                    && requestBody.TryGetProperty("content", out var content)
                    && content.TryGetProperty("application/json", out var json)
                    && json.TryGetProperty("schema", out var schema) ? schema : null;
                list.Add(new OpenApiOperation(operation.Name.ToUpperInvariant(), path.Name, query, body));
            }
        }

        return list;
    }

    /// <summary>The path with every route value filled: a case's id where the route names a case, a fresh id elsewhere.</summary>
    public string Fill(Guid caseId) => RouteValue().Replace(Template, m => m.Groups[1].Value switch
    {
        "caseId" => caseId.ToString(),
        "id" when Template.StartsWith("/api/cases/", StringComparison.Ordinal) => caseId.ToString(),
        "version" => "1",
        "token" or "key" or "purpose" or "definitionId" => "no-such-" + m.Groups[1].Value,
        "date" => "2026-01-01",
        _ => Guid.NewGuid().ToString(),
    });

    public static JsonElement? Resolve(JsonElement document, JsonElement schema)
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
                return options.EnumerateArray().Select(o => Resolve(document, o)).FirstOrDefault(o => o is { } r && TypeOf(document, r) != "null");
            }
        }

        return schema;
    }

    public static string TypeOf(JsonElement document, JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out _) || schema.TryGetProperty("oneOf", out _) || schema.TryGetProperty("anyOf", out _))
        {
            return Resolve(document, schema) is { } resolved ? TypeOf(document, resolved) : "any";
        }

        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("properties", out _) ? "object" : "any";
        }

        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()!).FirstOrDefault(t => t != "null") ?? "null"
            : type.GetString()!;
    }

    public static string? FormatOf(JsonElement document, JsonElement schema) =>
        Resolve(document, schema) is { } s && s.TryGetProperty("format", out var f) ? f.GetString() : null;

    /// <summary>A plausible value of the schema, with <paramref name="text"/> in every free string.</summary>
    public static JsonNode? Sample(JsonElement document, JsonElement schema, string text = "x", int depth = 0)
    {
        if (depth > 5 || Resolve(document, schema) is not { } s)
        {
            return null;
        }

        return TypeOf(document, s) switch
        {
            "string" => (s.TryGetProperty("format", out var f) ? f.GetString() : null) switch
            {
                "uuid" => JsonValue.Create(Guid.NewGuid().ToString()),
                "date" => JsonValue.Create("2026-01-01"),
                "date-time" => JsonValue.Create("2026-01-01T00:00:00Z"),
                "email" => JsonValue.Create("nobody@example.org"),
                _ => s.TryGetProperty("enum", out var values) && values.GetArrayLength() > 0 ? JsonNode.Parse(values[0].GetRawText()) : JsonValue.Create(text),
            },
            "integer" or "number" => JsonValue.Create(1),
            "boolean" => JsonValue.Create(false),
            "array" => new JsonArray(s.TryGetProperty("items", out var items) ? Sample(document, items, text, depth + 1) : JsonValue.Create(text)),
            "object" when s.TryGetProperty("properties", out var properties) => new JsonObject(properties.EnumerateObject()
                .Select(p => KeyValuePair.Create(p.Name, Sample(document, p.Value, text, depth + 1)))),
            "object" => new JsonObject(),
            _ => JsonValue.Create(text),
        };
    }

    [GeneratedRegex(@"\{([^}:]+)(:[^}]*)?\}")]
    private static partial Regex RouteValue();
}
