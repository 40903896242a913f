namespace Astra.Workflows.Modules.Definitions.Api;

/// <summary>Where the workflow files live: <c>Astra:Definitions:Directory</c>, else the nearest <c>definitions</c> folder above the content root.</summary>
internal static class DefinitionsDirectory
{
    public const string Setting = "Astra:Definitions:Directory";
    private const string FolderName = "definitions";

    /// <summary>Null when there is no such folder: a deployment may manage definitions only through the designer.</summary>
    public static string? Find(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration[Setting];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var full = Path.GetFullPath(configured, environment.ContentRootPath);
            return Directory.Exists(full) ? full : null;
        }

        // Walking up finds the repository's folder when running from src/Workflows.Host or a bin folder.
        for (var dir = new DirectoryInfo(environment.ContentRootPath); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, FolderName);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
