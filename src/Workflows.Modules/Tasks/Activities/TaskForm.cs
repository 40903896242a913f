using System.Globalization;
using System.Text.Json;
using Astra.Workflows.Modules.Cases.Contracts;

namespace Astra.Workflows.Modules.Tasks.Activities;

/// <summary>Reads a task's form declaration and checks submitted data against it; problems are keyed by the field they name.</summary>
public static class TaskForm
{
    public static IReadOnlyList<TaskFormField> Parse(JsonElement? form)
    {
        if (form is not { ValueKind: JsonValueKind.Array } fields)
        {
            return [];
        }

        return fields.EnumerateArray()
            .Where(f => f.ValueKind == JsonValueKind.Object)
            .Select(f => new TaskFormField(
                Text(f, "name") ?? string.Empty,
                Text(f, "label"),
                (Text(f, "type") ?? TaskFormField.Text).ToLowerInvariant(),
                f.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True,
                f.TryGetProperty("options", out var o) && o.ValueKind == JsonValueKind.Array
                    ? o.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString()! : x.GetRawText()).ToList()
                    : null,
                Kind: Text(f, "kind")))
            .ToList();
    }

    /// <summary>The keys a field may have; any other is refused, as a misspelt key would silently do nothing.</summary>
    public static IReadOnlyList<string> FieldKeys { get; } = ["name", "label", "type", "required", "options", "kind"];

    /// <summary>Entries that are not objects and keys no field has, for the definition validator: (path, message).</summary>
    public static IEnumerable<DeclarationProblem> CheckShape(JsonElement form)
    {
        if (form.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        var index = 0;
        foreach (var field in form.EnumerateArray())
        {
            var path = $"form[{index++}]";
            if (field.ValueKind != JsonValueKind.Object)
            {
                yield return DeclarationProblem.Of(path, TaskValidationCodes.FieldNotObject, "must be an object { \"name\", \"label\", \"type\", \"required\", \"options\", \"kind\" }.");
                continue;
            }

            foreach (var unknown in field.EnumerateObject().Where(p => !FieldKeys.Contains(p.Name, StringComparer.Ordinal)))
            {
                yield return DeclarationProblem.Of($"{path}.{unknown.Name}", TaskValidationCodes.FieldUnknownKey, $"is not a key of a form field; use {string.Join(", ", FieldKeys)}.", ("key", unknown.Name), ("keys", string.Join(", ", FieldKeys)));
            }
        }
    }

    /// <summary>Problems with the declaration itself, for the definition validator: (path, message).</summary>
    public static IEnumerable<DeclarationProblem> CheckDeclaration(IReadOnlyList<TaskFormField> fields)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var path = $"form[{i}]";
            if (field.Name.Length == 0)
            {
                yield return DeclarationProblem.Of(path, TaskValidationCodes.FieldNeedsName, "needs a \"name\".");
            }
            else if (!seen.Add(field.Name))
            {
                yield return DeclarationProblem.Of(path, TaskValidationCodes.FieldNameTwice, $"field name '{field.Name}' is used twice.", ("name", field.Name));
            }

            if (!TaskFormField.Types.Contains(field.Type))
            {
                yield return DeclarationProblem.Of(path, TaskValidationCodes.FieldType, $"type '{field.Type}' is not one of {string.Join(", ", TaskFormField.Types)}.", ("type", field.Type), ("types", string.Join(", ", TaskFormField.Types)));
            }

            if (field.Type == TaskFormField.Choice && field.Options is not { Count: > 0 })
            {
                yield return DeclarationProblem.Of(path, TaskValidationCodes.ChoiceNeedsOptions, "a choice needs \"options\".", ("name", field.Name));
            }

            if (field.Kind is { } kind && (field.Type != TaskFormField.File || !CaseDocumentKinds.All.Contains(kind, StringComparer.Ordinal)))
            {
                yield return field.Type == TaskFormField.File
                    ? DeclarationProblem.Of($"{path}.kind", TaskValidationCodes.FileKind, $"kind '{kind}' is not one of {string.Join(", ", CaseDocumentKinds.All)}.", ("kind", kind), ("kinds", string.Join(", ", CaseDocumentKinds.All)))
                    : DeclarationProblem.Of($"{path}.kind", TaskValidationCodes.KindOnlyOnFile, "only a file field has a document \"kind\".", ("name", field.Name));
            }
        }
    }

    /// <summary>Checks submitted data; each problem is keyed <c>data.{field}</c> so the client can show it beside the field.</summary>
    public static Dictionary<string, string[]> CheckData(IReadOnlyList<TaskFormField> fields, JsonElement? data)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (data is { } d && d.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null or JsonValueKind.Undefined))
        {
            errors["data"] = ["Form data must be a JSON object."];
            return errors;
        }

        var values = data is { ValueKind: JsonValueKind.Object } obj
            ? obj.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal)
            : [];
        foreach (var field in fields)
        {
            var present = values.TryGetValue(field.Name, out var value) && value.ValueKind != JsonValueKind.Null
                && !(value.ValueKind == JsonValueKind.String && value.GetString()!.Length == 0);
            if (!present)
            {
                if (field.Required)
                {
                    errors[$"data.{field.Name}"] = [$"'{field.Label ?? field.Name}' is required."];
                }

                continue;
            }

            if (TypeError(field, value) is { } error)
            {
                errors[$"data.{field.Name}"] = [error];
            }
        }

        foreach (var name in values.Keys.Where(n => !fields.Any(f => f.Name == n)))
        {
            errors[$"data.{name}"] = [$"'{name}' is not a field of this task's form."];
        }

        return errors;
    }

    private static string? TypeError(TaskFormField field, JsonElement value) => field.Type switch
    {
        TaskFormField.Text when value.ValueKind != JsonValueKind.String => "Expected text.",
        TaskFormField.Number when value.ValueKind != JsonValueKind.Number => "Expected a number.",
        TaskFormField.Boolean when value.ValueKind is not (JsonValueKind.True or JsonValueKind.False) => "Expected true or false.",
        TaskFormField.Date when value.ValueKind != JsonValueKind.String
            || !DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) => "Expected a date (yyyy-MM-dd).",
        TaskFormField.File when value.ValueKind != JsonValueKind.String || !Guid.TryParseExact(value.GetString(), "D", out _)
            => "Expected the id of a document uploaded to this task's case.",
        TaskFormField.Choice when value.ValueKind != JsonValueKind.String || field.Options?.Contains(value.GetString()!) != true
            => $"Expected one of: {string.Join(", ", field.Options ?? [])}.",
        _ => null,
    };

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
