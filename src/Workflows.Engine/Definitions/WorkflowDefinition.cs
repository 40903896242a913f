using System.Text.Json.Serialization;

namespace Astra.Workflows.Engine.Definitions;

/// <summary>A workflow as stored in <c>definitions/*.workflow.json</c> (schema version 1).</summary>
public sealed record WorkflowDefinition
{
    public const int CurrentSchemaVersion = 1;

    /// <summary>Required in the JSON: a file without it may be of a format this reader does not know.</summary>
    [JsonRequired]
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
    public required string DefinitionId { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }

    /// <summary>Events people may raise (<c>POST /api/events</c>); an event no published definition declares is refused.</summary>
    public IReadOnlyList<EventDeclaration> Events { get; init; } = [];

    /// <summary>Roles that may start this workflow through the API; null (absent) lets anyone who sees the case start it.</summary>
    public IReadOnlyList<string>? StartRoles { get; init; }

    public IReadOnlyList<WorkflowInputDefinition> Inputs { get; init; } = [];
    public IReadOnlyList<VariableDefinition> Variables { get; init; } = [];
    public IReadOnlyList<ActivityDefinition> Activities { get; init; } = [];
    public IReadOnlyList<ConnectionDefinition> Connections { get; init; } = [];

    /// <summary>
    /// Translations: language (<c>en</c>, <c>sr-Latn</c>, <c>sr-Cyrl</c>) to a catalogue keyed by path
    /// (<c>name</c>, <c>{activity}.name</c>, <c>{activity}.inputs.title</c>, <c>{activity}.form.{field}.label</c>, …; see
    /// <see cref="DefinitionTexts"/>). Last in the file so translators work in one place and the rest stays untouched.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Texts { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, string>>();
}
