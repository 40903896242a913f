using System.Text.Json.Serialization;

namespace Astra.Workflows.Engine.Simulation;

/// <summary>One thing that happened in a simulation, in virtual time. See <see cref="SimulationStepKinds"/>.</summary>
public sealed record SimulationStep(
    DateTimeOffset At,
    string Kind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ActivityId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ActivityType = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Name = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Role = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? DueAt = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Outcome = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? EscalationLevel = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Message = null);

public static class SimulationStepKinds
{
    public const string Activity = "activity";
    public const string TaskCreated = "taskCreated";
    public const string TaskCompleted = "taskCompleted";
    public const string Escalation = "escalation";
    public const string Timer = "timer";
    public const string Handoff = "handoff";
    public const string Phase = "phase";
    public const string Waiting = "waiting";
    public const string Finished = "finished";
    public const string Fault = "fault";
    public const string Limit = "limit";
}

/// <summary>How a simulation ended; see <see cref="SimulationStatus"/>. <see cref="Problems"/> are warnings about the request.</summary>
public sealed record SimulationResult(IReadOnlyList<SimulationStep> Steps, string FinalStatus, IReadOnlyList<string> Problems);

public static class SimulationStatus
{
    /// <summary>The workflow ran to its end.</summary>
    public const string Completed = "Completed";

    /// <summary>Only waits nobody raises in a simulation are left (events without a timeout).</summary>
    public const string Waiting = "Waiting";

    /// <summary>An activity threw; the step before says which and why.</summary>
    public const string Faulted = "Faulted";

    /// <summary>The step cap or the virtual horizon stopped the run (usually a loop).</summary>
    public const string LimitReached = "LimitReached";

    /// <summary>The definition does not validate; nothing ran.</summary>
    public const string Invalid = "Invalid";
}
