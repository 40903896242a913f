namespace Astra.Workflows.Engine.Activities;

/// <summary>What an activity type is, for the validator and the designer's palette.</summary>
public sealed record ActivityDescriptor
{
    /// <summary>Stable type key used in definitions (e.g. <c>flow.decision</c>); never a .NET class name.</summary>
    public required string Key { get; init; }
    public required string DisplayName { get; init; }
    public required string Category { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<InputDescriptor> Inputs { get; init; } = [];

    /// <summary>Outcomes every instance of the activity has. Dynamic ones come from <see cref="DynamicOutcomesInput"/>.</summary>
    public IReadOnlyList<string> Outcomes { get; init; } = [Definitions.ConnectionDefinition.DefaultOutcome];

    /// <summary>Name of the input whose literal value lists further outcomes (e.g. <c>flow.switch</c> cases), if any.</summary>
    public string? DynamicOutcomesInput { get; init; }

    /// <summary>True when the activity can suspend its branch (a bookmark); a cycle needs one of these.</summary>
    public bool CanWait { get; init; }

    /// <summary>True for the single entry point of a flowchart.</summary>
    public bool IsStart { get; init; }

    public InputDescriptor? FindInput(string name) =>
        Inputs.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.Ordinal));
}
