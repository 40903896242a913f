using System.Reflection;
using NetArchTest.Rules;

namespace Astra.Workflows.Engine.Tests.Architecture;

/// <summary>
/// The module rules of ADR 0023, checked over compiled IL with NetArchTest, so every type a module uses counts
/// (including through <c>db.Set&lt;T&gt;()</c>, lambdas and async state machines), not only its <c>using</c> lines.
/// The root namespace is a parameter so the same checker runs over the fixtures that prove each rule can fail.
/// </summary>
internal sealed class ModuleRules(Assembly assembly, string modulesRoot)
{
    public const string PlatformModule = "Platform";

    private static readonly string[] KernelForbidden =
    [
        "Astra.Workflows.Modules", "Astra.Workflows.Host", "Astra.Workflows.Activities", "Astra.Workflows.DevelopmentSupport",
        "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Hangfire", "Npgsql", "Mediator",
    ];

    private readonly IReadOnlyList<Type> types = assembly.GetTypes();

    /// <summary>The modules: the first namespace segment under the root.</summary>
    public IReadOnlyList<string> Modules => types
        .Select(t => t.Namespace)
        .Where(n => n is not null && n.StartsWith(modulesRoot + ".", StringComparison.Ordinal))
        .Select(n => n![(modulesRoot.Length + 1)..].Split('.')[0])
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>Types of the kernel namespace that use a module, the host, the generic activities or an infrastructure library.</summary>
    public static IReadOnlyList<string> KernelViolations(Assembly kernel, string? kernelNamespace = null, params string[] forbidden)
    {
        var selection = Types.InAssembly(kernel);
        var rule = kernelNamespace is null ? selection.Should() : selection.That().ResideInNamespaceStartingWith(kernelNamespace).Should();
        return Failing(rule.NotHaveDependencyOnAny([.. KernelForbidden, .. forbidden]).GetResult());
    }

    /// <summary>"From -> To: Type" for every type of a module that uses another module's non-contract types.</summary>
    public IReadOnlyList<string> ModuleViolations()
    {
        var violations = new List<string>();
        foreach (var from in Modules.Where(m => m != PlatformModule))
        {
            foreach (var to in Modules.Where(m => m != from && m != PlatformModule))
            {
                var internals = Internals(to);
                if (internals.Length == 0)
                {
                    continue;
                }

                var result = Types.InAssembly(assembly).That().ResideInNamespaceStartingWith(Namespace(from))
                    .Should().NotHaveDependencyOnAny(internals).GetResult();
                violations.AddRange(Failing(result).Select(type => $"{from} -> {to}: {type}"));
            }
        }

        return violations;
    }

    /// <summary>"Platform -> To: Type" for every Platform type outside Platform.Database that uses a module.</summary>
    public IReadOnlyList<string> PlatformViolations()
    {
        var violations = new List<string>();
        foreach (var to in Modules.Where(m => m != PlatformModule))
        {
            var moduleTypes = types.Where(t => InModule(t, to)).Select(Name).ToArray();
            var result = Types.InAssembly(assembly).That().ResideInNamespaceStartingWith(Namespace(PlatformModule))
                .And().DoNotResideInNamespace(Namespace(PlatformModule) + ".Database")
                .And().DoNotResideInNamespaceStartingWith(Namespace(PlatformModule) + ".Database.")
                .Should().NotHaveDependencyOnAny(moduleTypes).GetResult();
            violations.AddRange(Failing(result).Select(type => $"{PlatformModule} -> {to}: {type}"));
        }

        return violations;
    }

    private string Namespace(string module) => $"{modulesRoot}.{module}";

    private bool InModule(Type type, string module) =>
        type.Namespace is { } ns && (ns == Namespace(module) || ns.StartsWith(Namespace(module) + ".", StringComparison.Ordinal));

    /// <summary>Full names of a module's types other modules may not use: all but its <c>Contracts</c> namespace.</summary>
    private string[] Internals(string module)
    {
        var contracts = Namespace(module) + ".Contracts";
        return types
            .Where(t => InModule(t, module))
            .Where(t => t.Namespace != contracts && !t.Namespace!.StartsWith(contracts + ".", StringComparison.Ordinal))
            .Select(Name)
            .ToArray();
    }

    // Cecil, which NetArchTest reads with, writes nested types as Outer/Inner; reflection as Outer+Inner.
    private static string Name(Type type) => type.FullName!.Replace('+', '/');

    private static List<string> Failing(TestResult result) =>
        result.IsSuccessful ? [] : [.. (result.FailingTypeNames ?? []).Order(StringComparer.Ordinal)];
}
