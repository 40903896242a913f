using Astra.Workflows.DevelopmentSupport.InMemory;
using Astra.Workflows.Modules.Cases.Activities;

namespace Astra.Workflows.Engine.Tests.Support;

/// <summary>The in-memory store keeps side effects generically; the Cases module's records read as they did before it left the kernel.</summary>
public static class ModuleEffects
{
    extension(InMemoryInstanceStore store)
    {
        public IReadOnlyList<CasePhaseChange> PhaseChanges => store.Effects<CasePhaseChange>();

        public IReadOnlyList<Astra.Workflows.Modules.Reports.Profile.CaseProfileChange> ProfileChanges => store.Effects<Astra.Workflows.Modules.Reports.Profile.CaseProfileChange>();
    }
}
