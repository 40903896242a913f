using Astra.Workflows.Engine.Ports;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Definitions.Storage;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Definitions.Events;

/// <summary>
/// Who may raise a user event: the union of the roles every newest published definition declaring it allows.
/// Null when no published definition declares the event.
/// </summary>
internal static class PublishedEventDeclarations
{
    public static async Task<IReadOnlySet<string>?> RolesAsync(WorkflowsDbContext db, IDefinitionProvider definitions, string eventName, CancellationToken cancellationToken)
    {
        // Parsed versions are cached by the provider, so after the first call this reads only the version numbers.
        var candidates = await db.DefinitionVersions.AsNoTracking()
            .Where(v => v.Status == DefinitionVersionStatus.Published)
            .GroupBy(v => v.DefinitionId)
            .Select(g => new { DefinitionId = g.Key, Version = g.Max(v => v.Version) })
            .ToListAsync(cancellationToken);

        HashSet<string>? roles = null;
        foreach (var candidate in candidates)
        {
            var version = await definitions.GetVersionAsync(candidate.DefinitionId, candidate.Version, cancellationToken);
            foreach (var declared in version?.Definition.Events.Where(e => string.Equals(e.Name, eventName, StringComparison.Ordinal)) ?? [])
            {
                roles ??= new HashSet<string>(StringComparer.Ordinal);
                roles.UnionWith(declared.Roles);
            }
        }

        return roles;
    }
}
