using System.Reflection;

namespace Astra.Workflows.Engine.Tests.Architecture;

/// <summary>
/// The kernel names no domain concept (ADR 0023): human tasks, escalations, legal work, mail and case phases live in
/// their modules. "Case" itself stays: an instance belongs to a case, events are correlated by case, and scripts see
/// <c>case</c> and <c>task</c> as part of the definition format.
/// </summary>
public class KernelVocabularyTests
{
    private static readonly string[] DomainWords =
        ["HumanTask", "Escalation", "Hearing", "Legal", "Lawyer", "Proceeding", "Outbox", "Mail", "Phase", "Consent", "Client", "Notification"];

    /// <summary>Names the simulator's JSON answer carries (the web app reads them); the kernel only relays them.</summary>
    private static readonly HashSet<string> WireFormat = new(StringComparer.Ordinal)
    {
        "SimulationStep.EscalationLevel",
        "SimulationStep.get_EscalationLevel",
        "SimulationStep.set_EscalationLevel",
        "SimulationStepKinds.Escalation",
        "SimulationStepKinds.Phase",
    };

    private static Assembly Kernel => typeof(EngineAssembly).Assembly;

    [Fact]
    public void No_public_kernel_type_or_namespace_names_a_domain_concept()
    {
        var offenders = Kernel.GetExportedTypes()
            .Where(t => DomainWords.Any(w => t.FullName!.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void No_public_kernel_member_names_a_domain_concept()
    {
        const BindingFlags Visible = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var offenders = Kernel.GetExportedTypes()
            .SelectMany(t => t.GetMembers(Visible).Select(m => $"{t.Name}.{m.Name}"))
            .Where(name => DomainWords.Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase)) && !WireFormat.Contains(name))
            .Distinct()
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void The_kernel_references_no_module_host_or_activity_assembly()
    {
        var referenced = Kernel.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(referenced, name => name.StartsWith("Workflows.", StringComparison.Ordinal) && name != "Workflows.Engine");
    }
}
