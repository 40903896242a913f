using System.Text.RegularExpressions;

namespace Astra.Workflows.Engine.Tests.Architecture;

/// <summary>
/// The IL rules cannot see constants (the compiler copies their values into the caller), so the source is checked
/// too: a module's files import another module only through its Contracts namespace (ADR 0023).
/// </summary>
public partial class ModuleUsingTests
{
    [Fact]
    public void Module_files_import_other_modules_only_through_their_contracts()
    {
        var modules = Path.Combine(RepositoryRoot(), "src", "Workflows.Modules");
        var violations = new List<string>();
        foreach (var file in Directory.EnumerateFiles(modules, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(modules, file).Replace('\\', '/');
            var owner = relative.Split('/')[0];
            if (relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal)
                || relative.StartsWith("Platform/Database/", StringComparison.Ordinal))
            {
                continue;
            }

            violations.AddRange(Violations(owner, File.ReadAllText(file)).Select(v => $"{relative}: {v}"));
        }

        Assert.Empty(violations);
    }

    [Fact]
    public void The_source_rule_reports_an_import_of_another_modules_internals()
    {
        const string source = "using Astra.Workflows.Modules.Notifications.Api;\nusing Astra.Workflows.Modules.Notifications.Contracts;\nusing Astra.Workflows.Modules.Platform.Problems;\nusing Astra.Workflows.Modules.Tasks.Storage;\n";

        Assert.Equal(["Astra.Workflows.Modules.Notifications.Api"], Violations("Tasks", source));
        Assert.Equal(["Astra.Workflows.Modules.Tasks.Storage"], Violations("Platform", source).Where(v => v.Contains("Tasks", StringComparison.Ordinal)));
    }

    private static IEnumerable<string> Violations(string owner, string source) =>
        ImportedModuleNamespace().Matches(source)
            .Select(m => (Namespace: m.Groups["ns"].Value, Module: m.Groups["module"].Value))
            .Where(u => u.Module != owner && u.Module != "Platform" && !u.Namespace.EndsWith(".Contracts", StringComparison.Ordinal))
            .Select(u => u.Namespace);

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "AstraWorkflows.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("AstraWorkflows.sln not found above the test's folder.");
    }

    [GeneratedRegex(@"^using (?<ns>Astra\.Workflows\.Modules\.(?<module>\w+)(?:\.[\w.]+)?);", RegexOptions.Multiline)]
    private static partial Regex ImportedModuleNamespace();
}
