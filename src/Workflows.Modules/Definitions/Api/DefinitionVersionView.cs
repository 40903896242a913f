using Astra.Workflows.Modules.Definitions.Storage;

namespace Astra.Workflows.Modules.Definitions.Api;

/// <summary>Which of a definition's stored versions the API reports; the list and the detail agree through this.</summary>
internal static class DefinitionVersionView
{
    public static int? Published(IReadOnlyList<StoredVersionInfo> versions) =>
        versions.Where(v => v.Status == DefinitionVersionStatus.Published).Max(v => (int?)v.Version);

    public static int? Draft(IReadOnlyList<StoredVersionInfo> versions) =>
        versions.Where(v => v.Status == DefinitionVersionStatus.Draft).Max(v => (int?)v.Version);

    /// <summary>The newest published version is what runs, so it is the one shown; a never-published definition shows its draft.</summary>
    public static StoredVersionInfo Shown(IReadOnlyList<StoredVersionInfo> versions) =>
        versions.Where(v => v.Status == DefinitionVersionStatus.Published).MaxBy(v => v.Version) ?? versions.MaxBy(v => v.Version)!;
}
