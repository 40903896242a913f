using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Astra.Workflows.Engine.Definitions;

/// <summary>Reads and writes the definition JSON format (camelCase, indented on write).</summary>
public static class DefinitionSerializer
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Unknown properties are usually typos in hand-written files; say so instead of dropping them.
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            // "schemaVersion": "1" is not a version, and "activities": null is not an empty list.
            NumberHandling = JsonNumberHandling.Strict,
            RespectNullableAnnotations = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitEmptyCollections } },
        };
        foreach (var converter in NulFreeJson.Converters)
        {
            options.Converters.Add(converter);
        }

        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    // Hand-edited files stay small: an activity without inputs has no "inputs": {} line.
    private static void OmitEmptyCollections(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (property.PropertyType != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(property.PropertyType))
            {
                property.ShouldSerialize = static (_, value) => value is not System.Collections.ICollection { Count: 0 };
            }
        }
    }

    public static WorkflowDefinition Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            var definition = JsonSerializer.Deserialize<WorkflowDefinition>(json, Options)
                ?? throw new DefinitionParseException("The definition is empty (JSON null).");
            NullEntries.Check(definition);
            return definition;
        }
        catch (JsonException ex)
        {
            var where = ex.Path is null ? string.Empty : $" at {ex.Path}";
            var line = ex.LineNumber is null ? string.Empty : $" (line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1})";
            throw new DefinitionParseException($"Invalid workflow definition{where}{line}: {FirstSentence(ex.Message)}", ex);
        }
    }

    public static string Write(WorkflowDefinition definition) => JsonSerializer.Serialize(definition, Options);

    // System.Text.Json appends its own "Path: … | LineNumber: …" tail; we already report those.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
