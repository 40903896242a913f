using System.Reflection;

namespace Astra.Workflows.Engine.Tests.Architecture;

/// <summary>ADR 0023's rules between the kernel, the modules and Platform; each is shown to fail on a bad fixture.</summary>
public class ModuleRuleTests
{
    private const string ModulesRoot = "Astra.Workflows.Modules";
    private const string FixtureRoot = "Astra.Workflows.Engine.Tests.Architecture.Fixtures.Modules";
    private static readonly Assembly ModulesAssembly = typeof(Astra.Workflows.Modules.Platform.PlatformModule).Assembly;
    private static readonly Assembly FixtureAssembly = typeof(ModuleRuleTests).Assembly;

    [Fact]
    public void Kernel_references_no_module_host_generic_activities_or_infrastructure()
    {
        var violations = ModuleRules.KernelViolations(typeof(Astra.Workflows.Engine.EngineAssembly).Assembly);

        Assert.Empty(violations);
    }

    [Fact]
    public void Kernel_rule_reports_a_kernel_type_that_uses_a_module()
    {
        var violations = ModuleRules.KernelViolations(FixtureAssembly, "Astra.Workflows.Engine.Tests.Architecture.Fixtures.Kernel");

        Assert.Equal(["Astra.Workflows.Engine.Tests.Architecture.Fixtures.Kernel.KernelUsesModule"], violations);
    }

    [Fact]
    public void Modules_use_each_other_only_through_contracts()
    {
        var violations = new ModuleRules(ModulesAssembly, ModulesRoot).ModuleViolations();

        AssertNone("Uses of another module's internals", violations);
    }

    [Fact]
    public void Module_rule_reports_a_module_that_reaches_into_another_modules_internals()
    {
        var rules = new ModuleRules(FixtureAssembly, FixtureRoot);

        var violations = rules.ModuleViolations();

        Assert.Equal(["Alpha", "Beta", "Platform"], rules.Modules);
        Assert.Equal([$"Alpha -> Beta: {FixtureRoot}.Alpha.Work.ReachesIntoBeta"], violations);
    }

    [Fact]
    public void Platform_uses_no_module_except_through_its_database()
    {
        var violations = new ModuleRules(ModulesAssembly, ModulesRoot).PlatformViolations();

        AssertNone("Platform uses of a module", violations);
    }

    [Fact]
    public void Platform_rule_reports_a_platform_type_that_knows_a_module()
    {
        var violations = new ModuleRules(FixtureAssembly, FixtureRoot).PlatformViolations();

        Assert.Equal([$"Platform -> Beta: {FixtureRoot}.Platform.Audit.PlatformKnowsBeta"], violations);
    }

    private static void AssertNone(string what, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count > 0)
        {
            Assert.Fail($"{what}:\n  {string.Join("\n  ", list)}");
        }
    }
}
