using Astra.Workflows.Modules.Platform.Database;
using System.Collections.Concurrent;
using Astra.Workflows.Engine.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Calendar.Storage;

/// <summary>
/// Closures from the database, cached per year: the calendar probes them for every day a deadline passes.
/// An edit on this node clears the cache at once; other nodes see it when their entry expires.
/// </summary>
public sealed class DatabaseOrganisationClosures(IDbContextFactory<WorkflowsDbContext> contexts, TimeProvider time) : IOrganisationClosures
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<int, (IReadOnlySet<DateOnly> Dates, DateTimeOffset Expires)> cache = new();

    public IReadOnlySet<DateOnly> ClosuresFor(int year)
    {
        var now = time.GetUtcNow();
        if (cache.TryGetValue(year, out var entry) && entry.Expires > now)
        {
            return entry.Dates;
        }

        // The engine's calendar port is synchronous (it runs inside pure date arithmetic); a miss costs one small query a minute per year.
        using var db = contexts.CreateDbContext();
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var dates = db.Set<ClosureEntity>().AsNoTracking().Where(c => c.Date >= first && c.Date <= last).Select(c => c.Date).ToHashSet();
        cache[year] = (dates, now + Lifetime);
        return dates;
    }

    public void Invalidate() => cache.Clear();
}
