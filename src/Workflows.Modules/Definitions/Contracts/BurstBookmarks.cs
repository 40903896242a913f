using Astra.Workflows.Modules.Definitions.InstanceStorage;
using Astra.Workflows.Modules.Platform.Database;

namespace Astra.Workflows.Modules.Definitions.Contracts;

/// <summary>Bookmarks a burst is about to commit, for side-effect writers that must point at the row they belong to.</summary>
public static class BurstBookmarks
{
    /// <summary>
    /// The id of the bookmark with this key that the store added to the burst's context, or null when none was added.
    /// The runner names the bookmark only after the activity returns, so the side-effect record cannot carry it.
    /// </summary>
    public static string? IdOf(WorkflowsDbContext db, string key)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.ChangeTracker.Entries<BookmarkEntity>().Select(e => e.Entity).FirstOrDefault(b => b.Key == key)?.Id;
    }
}
