using Astra.Workflows.Modules.Definitions.Contracts;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Definitions.InstanceStorage;

/// <summary>Definitions' read surface for other modules, over the scoped (request's) context.</summary>
internal sealed class InstanceReads(WorkflowsDbContext db) : IInstanceReads
{
    public Task<List<InstanceOfCase>> OfCaseAsync(Guid caseId, CancellationToken cancellationToken) =>
        db.Instances.AsNoTracking()
            .Where(i => i.CaseId == caseId)
            .OrderBy(i => i.CreatedAt)
            .Select(i => new InstanceOfCase(i.Id, i.DefinitionId, i.DefinitionVersion, i.Status, i.CreatedAt))
            .ToListAsync(cancellationToken);

    public Task<List<JournalLine>> NewestJournalAsync(IReadOnlyCollection<Guid> instanceIds, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instanceIds);
        var ids = instanceIds.ToList();
        return db.Journal.AsNoTracking()
            .Where(j => ids.Contains(j.InstanceId))
            .OrderByDescending(j => j.At).ThenByDescending(j => j.Sequence)
            .Take(take)
            .Select(j => new JournalLine(j.At, j.InstanceId, j.Kind, j.ActivityId, j.ActivityType, j.Actor, j.Outcome))
            .ToListAsync(cancellationToken);
    }
}
