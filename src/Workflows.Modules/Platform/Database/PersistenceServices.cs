using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Astra.Workflows.Modules.Cases.Access;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace Astra.Workflows.Modules.Platform.Database;

public static class PersistenceServices
{
    public static IServiceCollection AddWorkflowsPersistence(this IServiceCollection services, string connectionString)
    {
        // The factory serves short-lived contexts for burst commits and jobs; the scoped context serves requests and Identity.
        services.AddDbContextFactory<WorkflowsDbContext>(o => Configure(o, connectionString));
        // The request's context carries its viewer, so need-to-know applies to every query made through it.
        services.AddScoped(sp =>
        {
            var db = sp.GetRequiredService<IDbContextFactory<WorkflowsDbContext>>().CreateDbContext();
            db.ViewerSource = sp.GetService<ICaseViewerSource>();
            return db;
        });
        return services;
    }

    internal static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(WithoutSessionReset(connectionString), ConfigureNpgsql).UseSnakeCaseNamingConvention();

    /// <summary>
    /// Npgsql resets a pooled connection with DISCARD ALL on every reuse, and each reset counts as a
    /// transaction. We keep no session state (no temp tables, no SET); the one thing that outlives a use is
    /// what we want kept: the burst path's prepared statements (ADR 0048), which the reset would drop.
    /// </summary>
    private static string WithoutSessionReset(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true }.ConnectionString;

    private static void ConfigureNpgsql(NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.MigrationsHistoryTable("__EFMigrationsHistory", WorkflowsDbContext.Schema)
            .MigrationsAssembly(typeof(WorkflowsDbContext).Assembly.FullName);
}
