using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Astra.Workflows.Host.Health;

internal sealed class HangfireStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // A monitoring query reads the hangfire schema, so it proves both the connection and the schema.
            var servers = storage.GetMonitoringApi().Servers();
            return Task.FromResult(HealthCheckResult.Healthy($"{servers.Count} job server(s)"));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Hangfire storage is unreachable.", e));
        }
    }
}
