using System.Text.Json.Serialization;

namespace Astra.Workflows.Engine.Definitions;

/// <summary>
/// An edge of the flowchart. A missing <see cref="Outcome"/> means the activity's <c>Done</c> outcome.
/// </summary>
public sealed record ConnectionDefinition
{
    public required string From { get; init; }
    public string? Outcome { get; init; }
    public required string To { get; init; }

    public const string DefaultOutcome = "Done";

    [JsonIgnore]
    public string EffectiveOutcome => Outcome ?? DefaultOutcome;
}
