using Astra.Workflows.Modules.Cases.Activities;
using Astra.Workflows.Modules.Platform.Bursts;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Cases.Storage;

/// <summary>Moves the case row to the new phase in the burst's transaction.</summary>
internal sealed class CasePhaseChangeHandler : SideEffectHandler<CasePhaseChange>
{
    protected override async ValueTask<BurstVeto?> WriteAsync(BurstWrite write, CasePhaseChange effect, CancellationToken cancellationToken)
    {
        if (effect.CaseId is { } caseId)
        {
            await write.Db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Phase, effect.Phase), cancellationToken);
            // Saved with the burst's own rows: a phase the case entered is always told in its timeline.
            write.Db.Add(new CasePhaseHistoryEntity { Id = Guid.CreateVersion7(effect.At), CaseId = caseId, Phase = effect.Phase, At = effect.At, InstanceId = effect.InstanceId });
        }

        return null;
    }
}
