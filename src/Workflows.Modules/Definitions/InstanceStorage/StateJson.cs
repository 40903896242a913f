using System.Text.Json;
using System.Text.Json.Serialization;

namespace Astra.Workflows.Modules.Definitions.InstanceStorage;

/// <summary>How engine state is written to jsonb columns: camelCase, enums by name (readable in SQL and stable across reorderings).</summary>
internal static class StateJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
