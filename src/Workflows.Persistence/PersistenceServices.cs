using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace Astra.Workflows.Persistence;

public static class PersistenceServices
{
    public static IServiceCollection AddWorkflowsPersistence(this IServiceCollection services, string connectionString)
    {
        services.AddDbContext<WorkflowsDbContext>(o => o.UseNpgsql(connectionString, ConfigureNpgsql));
        return services;
    }

    internal static void ConfigureNpgsql(NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.MigrationsHistoryTable("__EFMigrationsHistory", WorkflowsDbContext.Schema)
            .MigrationsAssembly(typeof(WorkflowsDbContext).Assembly.FullName);
}
