using System.Text.Json;

namespace Astra.Workflows.Engine.Expressions;

/// <summary>Small helpers for the JSON values instances carry.</summary>
public static class JsonValues
{
    public static JsonElement Null { get; } = JsonSerializer.SerializeToElement<object?>(null);

    public static JsonElement EmptyObject { get; } = JsonSerializer.SerializeToElement(new Dictionary<string, object>());

    public static JsonElement From<T>(T value) => JsonSerializer.SerializeToElement(value);

    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>JavaScript truthiness over JSON (false, null, 0, "" are false).</summary>
    public static bool IsTruthy(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.False => false,
        JsonValueKind.Number => value.GetDouble() != 0,
        JsonValueKind.String => value.GetString()!.Length > 0,
        _ => true,
    };

    /// <summary>Plain .NET values (dictionaries, lists, primitives) for template engines.</summary>
    public static object? ToPlain(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => ToPlain(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => value.EnumerateArray().Select(ToPlain).ToList(),
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out var l) ? l : value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    public static JsonElement ObjectOf(IReadOnlyDictionary<string, JsonElement> values) => From(values);
}
