namespace Astra.Workflows.Engine.Definitions;

/// <summary>
/// The keys of a definition's <c>texts</c> catalogue and how a text is looked up. A key is a path to the English
/// text it translates, so a catalogue can be read beside the flowchart and a stale key is found by the validator.
/// Serbian Cyrillic is derived from Serbian Latin by the host unless the catalogue gives it.
/// </summary>
public static class DefinitionTexts
{
    public const string English = "en";
    public const string SerbianLatin = "sr-Latn";
    public const string SerbianCyrillic = "sr-Cyrl";

    public static IReadOnlyList<string> Languages { get; } = [English, SerbianLatin, SerbianCyrillic];

    /// <summary>Languages a definition is expected to translate into before it is published (Cyrillic is derived).</summary>
    public static IReadOnlyList<string> Expected { get; } = [SerbianLatin];

    public const string Name = "name";
    public const string Description = "description";

    /// <summary>
    /// A start input's label: its English original is the input's name (shown when no catalogue gives a label), so
    /// <c>en</c> may give a readable English label and every input is a text to translate.
    /// </summary>
    public static string WorkflowInputLabel(string input) => $"inputs.{input}.label";

    /// <summary>A start input's help: translates its <c>description</c>.</summary>
    public static string WorkflowInputDescription(string input) => $"inputs.{input}.description";

    public static string ActivityName(string activityId) => $"{activityId}.name";

    public static string ActivityDescription(string activityId) => $"{activityId}.description";

    public static string Input(string activityId, string input) => $"{activityId}.inputs.{input}";

    public static string FieldLabel(string activityId, string field) => $"{activityId}.form.{field}.label";

    public static string FieldOption(string activityId, string field, string option) => $"{activityId}.form.{field}.options.{option}";

    public static string Outcome(string activityId, string outcome) => $"{activityId}.outcomes.{outcome}";

    /// <summary>The text the catalogue gives for <paramref name="key"/> in exactly <paramref name="language"/>, else null.</summary>
    public static string? Find(WorkflowDefinition definition, string language, string key)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.Texts.TryGetValue(language, out var catalogue) && catalogue.TryGetValue(key, out var text)
            && !string.IsNullOrWhiteSpace(text) ? text : null;
    }
}
