using Astra.Workflows.Engine.Definitions;

namespace Astra.Workflows.Modules.Platform.Text;

/// <summary>
/// Reads a definition's <c>texts</c> catalogue (or a copy of part of it kept on a row) in a reader's language:
/// the language's own text, for Cyrillic else the Serbian Latin text transliterated, else the English original.
/// </summary>
public static class WorkflowTexts
{
    /// <summary>Outcome labels the service knows without a catalogue (a task without outcomes completes on Done).</summary>
    private static readonly Dictionary<string, (string En, string SrLatn)> BuiltIn = new(StringComparer.Ordinal)
    {
        ["Done"] = ("Done", "Završeno"),
    };

    public static string In(WorkflowDefinition definition, string language, string key, string english)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return In(definition.Texts, language, key, english);
    }

    public static string In(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> texts, string language, string key, string english)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (Find(texts, language, key) is { } own)
        {
            return own;
        }

        if (language == DefinitionTexts.SerbianCyrillic && Find(texts, DefinitionTexts.SerbianLatin, key) is { } latin)
        {
            return SerbianScript.ToCyrillic(latin);
        }

        return english;
    }

    /// <summary>An outcome's label: the catalogue's, else the service's own for Done, else the outcome as written.</summary>
    public static string Outcome(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> texts, string language, string key, string outcome)
    {
        var fromCatalogue = In(texts, language, key, string.Empty);
        if (fromCatalogue.Length > 0)
        {
            return fromCatalogue;
        }

        return BuiltIn.TryGetValue(outcome, out var known) ? language switch
        {
            DefinitionTexts.SerbianLatin => known.SrLatn,
            DefinitionTexts.SerbianCyrillic => SerbianScript.ToCyrillic(known.SrLatn),
            _ => known.En,
        } : outcome;
    }

    private static string? Find(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> texts, string language, string key) =>
        texts.TryGetValue(language, out var catalogue) && catalogue.TryGetValue(key, out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}
