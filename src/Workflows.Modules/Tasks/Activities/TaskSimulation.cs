using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Engine.Simulation;

namespace Astra.Workflows.Modules.Tasks.Activities;

/// <summary>
/// A human task in a simulation: completed with the payload the task API would hand the bookmark, after its planned
/// escalations, described as the escalation step itself describes them.
/// </summary>
public sealed class TaskSimulation : ISimulationHook
{
    /// <summary>A task row starts at this revision, so a simulated person completes what they were shown.</summary>
    private const int FirstRevision = 1;

    public SimulatedWork? OpenWork(ActivitySideEffect effect) => effect is HumanTaskCreated created
        ? new SimulatedWork(
            created.Role,
            created.Title,
            created.DueAt,
            created.Outcomes,
            created.Escalations.Select(e => new SimulatedFollowUp(e.FireAt, SimulationStepKinds.Escalation, e.Level, e.Describe())).ToList(),
            data => new TaskCompletion(created.TaskId, FirstRevision, null, data).ToJson())
        : null;
}
