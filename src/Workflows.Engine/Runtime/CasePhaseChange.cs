namespace Astra.Workflows.Engine.Runtime;

/// <summary>The case moves to a new phase (<c>case.phase</c>).</summary>
public sealed record CasePhaseChange(Guid? CaseId, string Phase, Guid InstanceId, string ActivityId, DateTimeOffset At);
