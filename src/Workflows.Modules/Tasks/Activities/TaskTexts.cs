using System.Text.Json;
using Astra.Workflows.Engine.Activities;
using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Modules.Platform.Text;

namespace Astra.Workflows.Modules.Tasks.Activities;

/// <summary>
/// A task's translations, copied from the definition's <c>texts</c> when the task is created (title and description
/// rendered like the English ones), keyed per language by <c>title</c>, <c>description</c>, <c>form.{field}.label</c>,
/// <c>form.{field}.options.{option}</c> and <c>outcomes.{outcome}</c>. Kept on the row so a task reads the same after
/// its definition gets a new version; Cyrillic is derived from Latin when read.
/// </summary>
public sealed record TaskTexts(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ByLanguage)
{
    public static TaskTexts None { get; } = new(new Dictionary<string, IReadOnlyDictionary<string, string>>());

    public static TaskTexts From(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var prefix = context.Activity.Id + ".";
        var result = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (language, catalogue) in context.Definition.Texts)
        {
            var own = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, text) in catalogue.Where(e => e.Key.StartsWith(prefix, StringComparison.Ordinal)))
            {
                var local = key[prefix.Length..];
                own[local switch { "inputs.title" => "title", "inputs.description" => "description", _ => local }] =
                    local is "inputs.title" or "inputs.description" ? context.RenderTemplate(text).Trim() : text;
            }

            if (own.Count > 0)
            {
                result[language] = own;
            }
        }

        // The activity's English name too, so a task type's label (GET /api/tasks/types) needs no definition later.
        if (!string.IsNullOrWhiteSpace(context.Activity.Name))
        {
            var english = result.TryGetValue(DefinitionTexts.English, out var given) ? new Dictionary<string, string>(given, StringComparer.Ordinal) : new Dictionary<string, string>(StringComparer.Ordinal);
            english.TryAdd("name", context.Activity.Name);
            result[DefinitionTexts.English] = english;
        }

        return new TaskTexts(result);
    }

    public static TaskTexts Parse(string? json) =>
        string.IsNullOrEmpty(json) ? None
        : new TaskTexts(JsonSerializer.Deserialize<Dictionary<string, IReadOnlyDictionary<string, string>>>(json) ?? []);

    public string ToJson() => JsonSerializer.Serialize(ByLanguage);

    public string Title(string language, string english) => WorkflowTexts.In(ByLanguage, language, "title", english);

    public string? Description(string language, string? english) =>
        english is null ? null : WorkflowTexts.In(ByLanguage, language, "description", english);

    public string Outcome(string language, string outcome) => WorkflowTexts.Outcome(ByLanguage, language, "outcomes." + outcome, outcome);

    public TaskFormField Field(string language, TaskFormField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var label = field.Label is null ? null : WorkflowTexts.In(ByLanguage, language, $"form.{field.Name}.label", field.Label);
        var options = field.Options?.ToDictionary(o => o, o => WorkflowTexts.In(ByLanguage, language, $"form.{field.Name}.options.{o}", o), StringComparer.Ordinal);
        return field with { Label = label, OptionLabels = options };
    }

    /// <summary>The languages a key may be looked up in, for tests and the designer.</summary>
    public static IReadOnlyList<string> Languages => DefinitionTexts.Languages;
}
