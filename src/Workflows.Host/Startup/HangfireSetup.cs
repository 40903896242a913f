using Astra.Workflows.Host.Adapters.Hangfire;
using Hangfire;
using Hangfire.PostgreSql;

namespace Astra.Workflows.Host.Startup;

internal static class HangfireSetup
{
    public const string Schema = "hangfire";

    /// <summary>
    /// Hangfire's defaults are wrong for deadlines: scheduled jobs are polled every 15 s and a job running past
    /// the 30-minute invisibility timeout runs twice. Poll schedules every second, wake queues through
    /// LISTEN/NOTIFY and keep the invisibility timeout sliding while a job runs.
    /// </summary>
    public static IServiceCollection AddWorkflowsHangfire(this IServiceCollection services, string connectionString)
    {
        services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(
                o => o.UseNpgsqlConnection(connectionString),
                new PostgreSqlStorageOptions
                {
                    SchemaName = Schema,
                    // The runtime login may not create schemas; migrations install Hangfire's as the owner (DatabaseSetup).
                    PrepareSchemaIfNecessary = false,
                    UseSlidingInvisibilityTimeout = true,
                    EnableLongPolling = true,
                    QueuePollInterval = TimeSpan.FromSeconds(1),
                }));
        services.AddHangfireServer(o =>
        {
            o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
            o.ServerName = $"astra-{Environment.MachineName}-{Environment.ProcessId}";
        });
        return services;
    }

    public static WebApplication UseWorkflowsHangfireDashboard(this WebApplication app)
    {
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdminOnlyDashboardFilter()],
            DisplayStorageConnectionString = false,
            AppPath = "/",
        });
        return app;
    }
}
