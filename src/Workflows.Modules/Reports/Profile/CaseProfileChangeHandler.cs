using Astra.Workflows.Engine.Time;
using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Modules.Platform.Bursts;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Reports.Profile;

/// <summary>Creates or changes the case's profile row in the burst's transaction.</summary>
internal sealed class CaseProfileChangeHandler : SideEffectHandler<CaseProfileChange>
{
    protected override async ValueTask<BurstVeto?> WriteAsync(BurstWrite write, CaseProfileChange effect, CancellationToken cancellationToken)
    {
        if (effect.CaseId is not { } caseId)
        {
            return null;
        }

        var row = write.Db.CaseProfiles.Local.FirstOrDefault(p => p.CaseId == caseId)
            ?? await write.Db.CaseProfiles.FirstOrDefaultAsync(p => p.CaseId == caseId, cancellationToken);
        if (row is null)
        {
            var openedAt = await CaseFacts.Query(write.Db).Where(c => c.Id == caseId).Select(c => (DateTimeOffset?)c.OpenedAt).FirstOrDefaultAsync(cancellationToken);
            if (openedAt is null)
            {
                return null;
            }

            row = new CaseProfileEntity { CaseId = caseId, CaseOpenedOn = DateOnly.FromDateTime(OrganisationTime.ToLocal(openedAt.Value).DateTime) };
            write.Db.CaseProfiles.Add(row);
        }

        ProfileRules.Apply(row, effect.Profile, partial: true);
        row.UpdatedAt = write.Now;
        row.UpdatedBy = $"workflow:{effect.InstanceId}";
        return null;
    }
}
