using Astra.Workflows.Engine.Runtime;

namespace Astra.Workflows.Engine.Simulation;

/// <summary>The kernel's own hook: a <c>workflow.start</c> hand-off is shown, never started.</summary>
internal sealed class StartWorkflowSimulation : ISimulationHook
{
    public SimulatedNote? Describe(ActivitySideEffect effect) => effect is StartWorkflowRequest handoff
        ? new SimulatedNote(SimulationStepKinds.Handoff, $"Would start '{handoff.DefinitionId}' with input {handoff.Input.GetRawText()} (not run in a simulation).")
        : null;
}
