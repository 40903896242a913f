using System.Text.Json;
using Astra.Workflows.Engine.Definitions;

namespace Astra.Workflows.Engine.Simulation;

/// <summary>
/// A dry run of a (possibly unpublished) definition: a case profile as input, a virtual clock starting at
/// <see cref="StartAt"/>, and per-task choices for how people would answer.
/// </summary>
public sealed record SimulationRequest
{
    public const int DefaultMaxSteps = 500;
    public const int DefaultHorizonDays = 365;

    public required WorkflowDefinition Definition { get; init; }
    public required DateTimeOffset StartAt { get; init; }

    /// <summary>The start input, as <c>POST /api/instances</c> takes it; scripts see it as <c>input</c>.</summary>
    public JsonElement? Input { get; init; }

    /// <summary>By task activity id: which outcome, with what form data, and when.</summary>
    public IReadOnlyDictionary<string, SimulationChoice> Choices { get; init; } = new Dictionary<string, SimulationChoice>();

    public int MaxSteps { get; init; } = DefaultMaxSteps;
    public int HorizonDays { get; init; } = DefaultHorizonDays;
}

/// <summary>
/// How a simulated person completes one task: <see cref="Outcome"/> (else the task's first outcome) with
/// <see cref="Data"/> as the form data, after <see cref="AfterWorkingDays"/> working days, or <see cref="Late"/>:
/// after the deadline and every escalation.
/// </summary>
public sealed record SimulationChoice(string? Outcome = null, JsonElement? Data = null, int? AfterWorkingDays = null, bool Late = false);
