using Hangfire;

namespace Astra.Workflows.Modules.Platform.Audit;

/// <summary>The daily anchor, run by Hangfire so one node of many writes it.</summary>
public sealed class AuditAnchorJob(IServiceProvider services)
{
    public const string RecurringId = "audit-anchor";

    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var (anchor, _) = await services.GetRequiredService<AuditAnchorWriter>().WriteAsync(cancellationToken);
        if (anchor is null)
        {
            // Fail the job so the dashboard shows it; the writer logged why.
            throw new InvalidOperationException("The audit chain does not verify; no anchor written.");
        }
    }
}

/// <summary>Registers the daily anchor once the host (and Hangfire's schema) is up.</summary>
internal sealed class AuditAnchorSchedule(IRecurringJobManager jobs, IConfiguration configuration) : IHostedService
{
    public const string CronSetting = "Astra:Security:AuditAnchorCron";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<AuditAnchorJob>(
            AuditAnchorJob.RecurringId,
            j => j.RunAsync(CancellationToken.None),
            configuration[CronSetting] ?? Cron.Daily(1),
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
