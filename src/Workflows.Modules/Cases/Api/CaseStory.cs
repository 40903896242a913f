using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Cases.Api;

/// <summary>Gathers what every module tells about a case into one newest-first story, naming who acted.</summary>
internal static class CaseStory
{
    public static async Task<List<CaseStoryItem>> TellAsync(
        WorkflowsDbContext db, IEnumerable<ICaseStorySource> sources, Guid caseId, int limit, CancellationToken cancellationToken)
    {
        var entries = new List<CaseStoryEntry>();
        // One after another: they share the request's context, which runs one query at a time.
        foreach (var source in sources)
        {
            entries.AddRange(await source.ForCaseAsync(caseId, limit, cancellationToken));
        }

        var newest = entries.OrderByDescending(e => e.At).ThenBy(e => e.Key, StringComparer.Ordinal).Take(limit).ToList();
        var actorIds = newest.Where(e => e.ActorId is not null).Select(e => e.ActorId!.Value).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => actorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return newest.Select(e => new CaseStoryItem(e.At, e.Key, e.Args, e.ActorId, e.ActorId is { } a ? names.GetValueOrDefault(a) : null)).ToList();
    }
}
