using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Astra.Workflows.Modules.Platform.Hangfire;

internal static class HangfireSetup
{
    public const string Schema = "hangfire";

    private static readonly string ServerName = $"astra-{Environment.MachineName}-{Environment.ProcessId}";

    /// <summary>
    /// Hangfire's defaults are wrong for deadlines: scheduled jobs are polled every 15 s and a job running past
    /// the 30-minute invisibility timeout runs twice. Poll schedules every second, wake queues through
    /// LISTEN/NOTIFY and keep a short invisibility timeout sliding while a job runs, so a dead node's job is
    /// taken over within a minute (ADR 0020). A module with a queue of its own (e-mail: a hung SMTP server must
    /// occupy only the mail workers) adds its server with <see cref="AddQueueServer"/>.
    /// </summary>
    public static IServiceCollection AddWorkflowsHangfire(this IServiceCollection services, string connectionString)
    {
        services.AddOptions<HangfireFaultOptions>()
            .BindConfiguration(HangfireFaultOptions.Section)
            .Validate(o => o.Workers is >= 0 and <= 200, "Astra:Hangfire:Workers must be 0..200 (0: Hangfire's default).")
            .Validate(o => o.InvisibilityTimeout >= TimeSpan.FromSeconds(10), "Astra:Hangfire:InvisibilityTimeout must be at least 10 s.")
            .Validate(o => o.HeartbeatInterval > TimeSpan.Zero && o.ServerTimeout > o.HeartbeatInterval, "Astra:Hangfire:ServerTimeout must exceed HeartbeatInterval.")
            .ValidateOnStart();
        services.AddHangfire((provider, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(
                o => o.UseNpgsqlConnection(StorageConnectionString(connectionString, Faults(provider))),
                StorageOptions(Faults(provider))));
        services.AddHangfireServer((provider, o) =>
        {
            ApplyFaultSettings(o, Faults(provider));
            o.ServerName = ServerName;
            o.Queues = [HangfireQueues.Default];
            if (Faults(provider).Workers > 0)
            {
                o.WorkerCount = Faults(provider).Workers;
            }
        });
        return services;
    }

    /// <summary>A Hangfire server of its own for one queue, with the same fault settings as the default one.</summary>
    public static IServiceCollection AddQueueServer(this IServiceCollection services, string queue, Func<IServiceProvider, int> workers)
    {
        services.AddHangfireServer((provider, o) =>
        {
            ApplyFaultSettings(o, Faults(provider));
            o.ServerName = $"{ServerName}-{queue}";
            o.Queues = [queue];
            o.WorkerCount = workers(provider);
        });
        return services;
    }

    internal static PostgreSqlStorageOptions StorageOptions(HangfireFaultOptions faults) => new()
    {
        SchemaName = Schema,
        // The runtime login may not create schemas; migrations install Hangfire's as the owner (DatabaseSetup).
        PrepareSchemaIfNecessary = false,
        UseSlidingInvisibilityTimeout = true,
        InvisibilityTimeout = faults.InvisibilityTimeout,
        DistributedLockTimeout = faults.DistributedLockTimeout,
        EnableLongPolling = true,
        QueuePollInterval = TimeSpan.FromSeconds(1),
    };

    private static HangfireFaultOptions Faults(IServiceProvider provider) => provider.GetRequiredService<IOptions<HangfireFaultOptions>>().Value;

    private static void ApplyFaultSettings(BackgroundJobServerOptions options, HangfireFaultOptions faults)
    {
        options.SchedulePollingInterval = TimeSpan.FromSeconds(1);
        options.HeartbeatInterval = faults.HeartbeatInterval;
        options.ServerTimeout = faults.ServerTimeout;
        options.ServerCheckInterval = faults.ServerCheckInterval;
    }

    private static string StorageConnectionString(string connectionString, HangfireFaultOptions faults)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.KeepAlive == 0)
        {
            builder.KeepAlive = faults.KeepAliveSeconds;
        }

        return builder.ConnectionString;
    }
}
