using Astra.Workflows.Engine.Runtime;

namespace Astra.Workflows.Modules.Cases.Activities;

/// <summary>The case moves to a new phase (<c>case.phase</c>); written on the case row in the burst's transaction.</summary>
public sealed record CasePhaseChange(Guid? CaseId, string Phase, Guid InstanceId, string ActivityId, DateTimeOffset At) : ActivitySideEffect(InstanceId, ActivityId);
