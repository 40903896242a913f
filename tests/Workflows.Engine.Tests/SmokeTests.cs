namespace Astra.Workflows.Engine.Tests;

public class SmokeTests
{
    [Fact]
    public void Engine_assembly_has_no_dependency_on_hosting_or_storage()
    {
        var references = typeof(Astra.Workflows.Engine.EngineAssembly).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name ?? string.Empty)
            .ToList();
        Assert.DoesNotContain(references, n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, n => n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, n => n.StartsWith("Hangfire", StringComparison.Ordinal));
        Assert.DoesNotContain(references, n => n.StartsWith("Mediator", StringComparison.Ordinal));
    }
}
