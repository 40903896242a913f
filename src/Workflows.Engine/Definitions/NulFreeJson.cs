using System.Text.Json;
using System.Text.Json.Serialization;

namespace Astra.Workflows.Engine.Definitions;

/// <summary>
/// Converters that refuse a NUL character (<c>\u0000</c>) in any string or free-form JSON value while reading. Stores
/// cannot keep it (PostgreSQL text and jsonb refuse it), so it is the writer's mistake, reported with its path.
/// </summary>
public static class NulFreeJson
{
    public const string Message = "Text may not contain a NUL character (\\u0000).";

    public static IReadOnlyList<JsonConverter> Converters { get; } = [new StringConverter(), new ElementConverter()];

    private static string? Checked(string? text) =>
        text is not null && text.Contains('\0', StringComparison.Ordinal) ? throw new JsonException(Message) : text;

    private static string? FindNul(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return element.GetString()!.Contains('\0', StringComparison.Ordinal) ? path : null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FindNul(item, $"{path}[{index++}]") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name.Contains('\0', StringComparison.Ordinal))
                    {
                        return path;
                    }

                    if (FindNul(property.Value, $"{path}.{property.Name}") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private sealed class StringConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Checked(reader.GetString());

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

        public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Checked(reader.GetString()) ?? string.Empty;

        public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);
    }

    private sealed class ElementConverter : JsonConverter<JsonElement>
    {
        public override JsonElement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var element = JsonElement.ParseValue(ref reader);
            return FindNul(element, string.Empty) is { } where
                ? throw new JsonException(where.Length == 0 ? Message : $"{Message[..^1]} at {where.TrimStart('.')}.")
                : element;
        }

        public override void Write(Utf8JsonWriter writer, JsonElement value, JsonSerializerOptions options) => value.WriteTo(writer);
    }
}
