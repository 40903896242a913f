using System.Text.Json.Serialization;

namespace Astra.Workflows.Modules.Tasks.Activities;

/// <summary>One field of a task's form, as declared in the definition and returned by the API.</summary>
public sealed record TaskFormField(
    string Name,
    string? Label,
    string Type,
    bool Required = false,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Options = null,
    // What a reader sees for each option in their language; the stored value stays the option itself.
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string>? OptionLabels = null,
    // For a file field: the kind the uploaded document gets (one of the case document kinds); none means "other".
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Kind = null)
{
    public const string Text = "text";
    public const string Number = "number";
    public const string Date = "date";
    public const string Boolean = "boolean";
    public const string Choice = "choice";

    /// <summary>The answer is the id of a document already uploaded to the task's case.</summary>
    public const string File = "file";

    public static IReadOnlyList<string> Types { get; } = [Text, Number, Date, Boolean, Choice, File];
}
