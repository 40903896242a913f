using System.Text.Json;

namespace Astra.Workflows.Engine.Expressions;

/// <summary>Recognises the two non-literal input forms.</summary>
public static class ScriptSyntax
{
    public const string ScriptProperty = "js";

    /// <summary>True for <c>{ "js": "…" }</c> (exactly that one property).</summary>
    public static bool IsScript(JsonElement value, out string code)
    {
        code = string.Empty;
        if (value.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        var count = 0;
        string? found = null;
        foreach (var property in value.EnumerateObject())
        {
            count++;
            if (property.NameEquals(ScriptProperty) && property.Value.ValueKind == JsonValueKind.String)
            {
                found = property.Value.GetString();
            }
        }

        if (count != 1 || found is null)
        {
            return false;
        }

        code = found;
        return true;
    }

    public static bool IsTemplate(string text) =>
        text.Contains("{{", StringComparison.Ordinal) || text.Contains("{%", StringComparison.Ordinal);
}
