namespace Astra.Workflows.Engine.Tests.Support;

internal static class RepositoryPaths
{
    /// <summary>The checkout root, found by walking up from the test binaries to the solution file.</summary>
    public static string Root { get; } = FindRoot();

    public static string Definitions => Path.Combine(Root, "definitions");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AstraWorkflows.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AstraWorkflows.sln not found above " + AppContext.BaseDirectory);
    }
}
