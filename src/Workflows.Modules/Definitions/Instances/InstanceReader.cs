using Astra.Workflows.Engine.Ports;
using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Definitions.Instances;

/// <summary>Builds the instance view the API returns: state from the store, history from the journal table.</summary>
internal static class InstanceReader
{
    public static async Task<InstanceResponse?> ReadAsync(Guid id, IInstanceStore store, WorkflowsDbContext db, CancellationToken cancellationToken)
    {
        if (await LoadVisibleAsync(id, store, db, cancellationToken) is not var (instance, journal))
        {
            return null;
        }

        // Through the viewer's need-to-know filter, as the instance itself: one who sees the instance sees its case.
        var caseCode = instance.CaseId is { } caseId ? (await CaseLookup.FindAsync(db, caseId, cancellationToken))?.Code : null;
        return new InstanceResponse(
            instance.Id,
            instance.DefinitionId,
            instance.DefinitionVersion,
            instance.CaseId,
            caseCode,
            instance.Status.ToString(),
            instance.Variables,
            instance.Bookmarks.Select(ToWaitingOn).ToList(),
            instance.Incidents.Select(i => new IncidentResponse(i.Id, i.ActivityId, i.Message, i.At, i.ResolvedAt)).ToList(),
            journal);
    }

    /// <summary>The instance and its journal, or null when it does not exist or this viewer may not see its case.</summary>
    public static async Task<(WorkflowInstance Instance, IReadOnlyList<JournalEntryResponse> Journal)?> LoadVisibleAsync(
        Guid id, IInstanceStore store, WorkflowsDbContext db, CancellationToken cancellationToken)
    {
        // The store is the system's view; the request's context decides whether this viewer may see the instance.
        if (!await db.Instances.AnyAsync(i => i.Id == id, cancellationToken))
        {
            return null;
        }

        var instance = await store.LoadAsync(id, cancellationToken);
        if (instance is null)
        {
            return null;
        }

        var journal = await db.Journal.AsNoTracking()
            .Where(j => j.InstanceId == id)
            .OrderBy(j => j.Sequence)
            .Select(j => new JournalEntryResponse(j.Sequence, j.At, j.Kind, j.ActivityId, j.ActivityType, j.Actor, j.Outcome, j.Message))
            .ToListAsync(cancellationToken);
        return (instance, journal);
    }

    private static WaitingOnResponse ToWaitingOn(Bookmark bookmark) =>
        new(bookmark.Kind, bookmark.Key, bookmark.ActivityId, bookmark.DueAt);
}
