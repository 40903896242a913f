using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Astra.Workflows.Modules.Reports.Engine;

/// <summary>An entry of a report: a count, or the text "&lt;k" when it is suppressed. In JSON a number or a string.</summary>
[JsonConverter(typeof(ReportCellConverter))]
public readonly record struct ReportCell(long? Count, string? Suppressed)
{
    public static ReportCell Of(long count) => new(count, null);

    public static ReportCell Hidden(int k) => new(null, $"<{k}");

    /// <summary>The entry as a sheet shows it: the number, or the text.</summary>
    public object Value => Count is { } count ? count : Suppressed!;
}

internal sealed class ReportCellConverter : JsonConverter<ReportCell>
{
    public override ReportCell Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Number => ReportCell.Of(reader.GetInt64()),
        JsonTokenType.String => new ReportCell(null, reader.GetString()),
        _ => throw new JsonException("A report entry is a number or a string."),
    };

    public override void Write(Utf8JsonWriter writer, ReportCell value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.Count is { } count)
        {
            writer.WriteNumberValue(count);
        }
        else
        {
            writer.WriteStringValue(value.Suppressed);
        }
    }
}

/// <summary>Describes <see cref="ReportCell"/> in the API document as what it is on the wire: an integer or a string like "&lt;5".</summary>
internal sealed class ReportCellSchema : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        if (context.JsonTypeInfo.Type == typeof(ReportCell))
        {
            Describe(schema);
        }
        else if (context.JsonTypeInfo.Type == typeof(IReadOnlyList<ReportCell>))
        {
            // The exporter leaves the items of a converter-written type empty; say what they are.
            var items = new OpenApiSchema();
            Describe(items);
            schema.Items = items;
        }

        return Task.CompletedTask;
    }

    private static void Describe(OpenApiSchema schema)
    {
        schema.Type = null;
        schema.Properties?.Clear();
        schema.Required?.Clear();
        schema.Description = "A count, or the string \"<k\" (e.g. \"<5\") when it is suppressed.";
        schema.OneOf =
        [
            new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64" },
            new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^<[0-9]+$" },
        ];
    }
}
