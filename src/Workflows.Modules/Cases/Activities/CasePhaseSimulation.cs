using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Engine.Simulation;

namespace Astra.Workflows.Modules.Cases.Activities;

/// <summary>The case phase in a simulation: the simulated case has one (none at first), and <c>case.phase</c> moves it.</summary>
public sealed class CasePhaseSimulation : ISimulationHook
{
    private const string Field = "phase";

    public void SeedCase(IDictionary<string, object?> caseData)
    {
        ArgumentNullException.ThrowIfNull(caseData);
        caseData[Field] = null;
    }

    public SimulatedNote? Describe(ActivitySideEffect effect) => effect is CasePhaseChange change
        ? new SimulatedNote(SimulationStepKinds.Phase, change.Phase, new Dictionary<string, object?> { [Field] = change.Phase })
        : null;
}
