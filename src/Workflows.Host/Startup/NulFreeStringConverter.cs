using System.Text.Json;
using System.Text.Json.Serialization;

namespace Astra.Workflows.Host.Startup;

/// <summary>
/// PostgreSQL text cannot hold a NUL character, so a request string with one would fail only at the database as a
/// 500; refusing it while reading makes it the client's 400 naming the field, for every endpoint at once.
/// </summary>
internal sealed class NulFreeStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Checked(reader.GetString());

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Checked(reader.GetString()) ?? string.Empty;

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value);
    }

    private static string? Checked(string? text) =>
        text is not null && text.Contains('\0', StringComparison.Ordinal)
            ? throw new JsonException("Text may not contain a NUL character (\\u0000).")
            : text;
}
