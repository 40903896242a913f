using System.Text.Json;
using Astra.Workflows.Engine.Activities;
using Astra.Workflows.Engine.Definitions;

namespace Astra.Workflows.Engine.Validation;

/// <summary>
/// Every text of a definition a person reads, keyed as in <see cref="DefinitionTexts"/>, with its English original;
/// and the checks on a definition's <c>texts</c>: wrong keys are errors, missing translations only warnings.
/// </summary>
public static class TextCatalogue
{
    /// <summary>(key, English text) for every human-facing text of <paramref name="definition"/>.</summary>
    public static IReadOnlyList<(string Key, string English)> Originals(WorkflowDefinition definition, ActivityRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(registry);
        var texts = new List<(string, string)>();
        Add(texts, DefinitionTexts.Name, definition.Name);
        Add(texts, DefinitionTexts.Description, definition.Description);
        foreach (var input in definition.Inputs.Where(i => !string.IsNullOrWhiteSpace(i.Name)))
        {
            Add(texts, DefinitionTexts.WorkflowInputLabel(input.Name), input.Name);
            Add(texts, DefinitionTexts.WorkflowInputDescription(input.Name), input.Description);
        }

        foreach (var activity in definition.Activities.Where(a => !string.IsNullOrWhiteSpace(a.Id)))
        {
            Add(texts, DefinitionTexts.ActivityName(activity.Id), activity.Name);
            Add(texts, DefinitionTexts.ActivityDescription(activity.Id), activity.Description);
            if (!registry.TryGet(activity.Type, out var type))
            {
                continue;
            }

            foreach (var input in type.Descriptor.Inputs)
            {
                if (!activity.Inputs.TryGetValue(input.Name, out var value))
                {
                    continue;
                }

                if (input.Translatable && value.ValueKind == JsonValueKind.String)
                {
                    Add(texts, DefinitionTexts.Input(activity.Id, input.Name), value.GetString());
                }
                else if (input.UiHint == "task-form" && value.ValueKind == JsonValueKind.Array)
                {
                    AddForm(texts, activity.Id, value);
                }
            }

            // Outcomes a person clicks (a task's buttons), as declared; the service labels the default Done itself.
            if (type.Descriptor.FindInput(type.Descriptor.DynamicOutcomesInput ?? string.Empty) is { UiHint: "outcomes" } outcomesInput
                && activity.Inputs.TryGetValue(outcomesInput.Name, out var declared) && declared.ValueKind == JsonValueKind.Array)
            {
                foreach (var outcome in type.GetOutcomes(activity).Where(o => declared.EnumerateArray().Any(d => d.ValueKind == JsonValueKind.String && d.GetString() == o)))
                {
                    Add(texts, DefinitionTexts.Outcome(activity.Id, outcome), outcome);
                }
            }
        }

        return texts;
    }

    /// <summary>Errors: a language the service does not speak, a key that names no text of the definition, a blank text.</summary>
    public static void Check(WorkflowDefinition definition, ActivityRegistry registry, List<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (definition.Texts.Count == 0)
        {
            return;
        }

        var keys = Originals(definition, registry).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (language, catalogue) in definition.Texts)
        {
            if (!DefinitionTexts.Languages.Contains(language, StringComparer.Ordinal))
            {
                problems.Add(ValidationProblem.Coded(
                    null,
                    "texts",
                    ValidationCodes.TextsUnknownLanguage,
                    $"texts: '{language}' is not one of {string.Join(", ", DefinitionTexts.Languages)}.",
                    ("language", language),
                    ("languages", string.Join(", ", DefinitionTexts.Languages))));
                continue;
            }

            foreach (var (key, text) in catalogue ?? new Dictionary<string, string>())
            {
                if (!keys.Contains(key))
                {
                    problems.Add(ValidationProblem.Coded(
                        ActivityOf(key, definition),
                        "texts",
                        ValidationCodes.TextsUnknownKey,
                        $"texts.{language}: '{key}' names no text of this definition (a renamed activity, start input, field, option or outcome?).",
                        ("language", language),
                        ("key", key)));
                }
                else if (string.IsNullOrWhiteSpace(text))
                {
                    problems.Add(ValidationProblem.Coded(
                        ActivityOf(key, definition),
                        "texts",
                        ValidationCodes.TextsEmpty,
                        $"texts.{language}: '{key}' is empty; leave it out to use the English text.",
                        ("language", language),
                        ("key", key)));
                }
            }
        }
    }

    /// <summary>Warnings: texts without a translation into an expected language (publishing is still allowed).</summary>
    public static IReadOnlyList<ValidationProblem> Missing(WorkflowDefinition definition, ActivityRegistry registry)
    {
        var missing = new List<ValidationProblem>();
        foreach (var language in DefinitionTexts.Expected)
        {
            foreach (var (key, english) in Originals(definition, registry))
            {
                if (DefinitionTexts.Find(definition, language, key) is null)
                {
                    missing.Add(ValidationProblem.Coded(
                        ActivityOf(key, definition),
                        "texts",
                        ValidationCodes.TextsMissing,
                        $"texts.{language}: no translation of '{key}' (\"{Shorten(english)}\").",
                        ("language", language),
                        ("key", key),
                        ("english", Shorten(english))));
                }
            }
        }

        return missing;
    }

    private static void AddForm(List<(string, string)> texts, string activityId, JsonElement form)
    {
        foreach (var field in form.EnumerateArray())
        {
            if (field.ValueKind != JsonValueKind.Object || !field.TryGetProperty("name", out var n) || n.ValueKind != JsonValueKind.String
                || n.GetString() is not { Length: > 0 } name)
            {
                continue;
            }

            if (field.TryGetProperty("label", out var label) && label.ValueKind == JsonValueKind.String)
            {
                Add(texts, DefinitionTexts.FieldLabel(activityId, name), label.GetString());
            }

            if (field.TryGetProperty("options", out var options) && options.ValueKind == JsonValueKind.Array)
            {
                foreach (var option in options.EnumerateArray().Where(o => o.ValueKind == JsonValueKind.String))
                {
                    Add(texts, DefinitionTexts.FieldOption(activityId, name, option.GetString()!), option.GetString());
                }
            }
        }
    }

    private static void Add(List<(string, string)> texts, string key, string? english)
    {
        if (!string.IsNullOrWhiteSpace(english) && !texts.Exists(t => t.Item1 == key))
        {
            texts.Add((key, english));
        }
    }

    private static string? ActivityOf(string key, WorkflowDefinition definition)
    {
        var dot = key.IndexOf('.', StringComparison.Ordinal);
        var id = dot > 0 ? key[..dot] : null;
        return id is not null && definition.Activities.Any(a => a.Id == id) ? id : null;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
