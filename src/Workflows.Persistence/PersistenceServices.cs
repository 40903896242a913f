using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace Astra.Workflows.Persistence;

public static class PersistenceServices
{
    public static IServiceCollection AddWorkflowsPersistence(this IServiceCollection services, string connectionString)
    {
        // The factory serves short-lived contexts for burst commits and jobs; the scoped context serves requests and Identity.
        services.AddDbContextFactory<WorkflowsDbContext>(o => Configure(o, connectionString));
        services.AddDbContext<WorkflowsDbContext>(o => Configure(o, connectionString), optionsLifetime: ServiceLifetime.Singleton);
        return services;
    }

    internal static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, ConfigureNpgsql).UseSnakeCaseNamingConvention();

    private static void ConfigureNpgsql(NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.MigrationsHistoryTable("__EFMigrationsHistory", WorkflowsDbContext.Schema)
            .MigrationsAssembly(typeof(WorkflowsDbContext).Assembly.FullName);
}
