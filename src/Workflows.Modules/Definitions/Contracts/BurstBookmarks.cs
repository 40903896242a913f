using Astra.Workflows.Engine.Runtime;

namespace Astra.Workflows.Modules.Definitions.Contracts;

/// <summary>Bookmarks a burst is about to commit, for side-effect writers that must point at the row they belong to.</summary>
public static class BurstBookmarks
{
    /// <summary>
    /// The id of the bookmark with this key that the burst creates (its row is already written when handlers run),
    /// or null when it creates none. The runner names the bookmark only after the activity returns, so the
    /// side-effect record cannot carry it.
    /// </summary>
    public static string? IdOf(BurstResult burst, string key)
    {
        ArgumentNullException.ThrowIfNull(burst);
        foreach (var bookmark in burst.BookmarksCreated)
        {
            if (bookmark.Key == key)
            {
                return bookmark.Id;
            }
        }

        return null;
    }
}
