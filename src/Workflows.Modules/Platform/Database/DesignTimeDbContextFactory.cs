using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Astra.Workflows.Modules.Platform.Database;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a running server.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<WorkflowsDbContext>
{
    public WorkflowsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<WorkflowsDbContext>();
        PersistenceServices.Configure(options, "Host=127.0.0.1;Database=astra_design");
        return new WorkflowsDbContext(options.Options);
    }
}
