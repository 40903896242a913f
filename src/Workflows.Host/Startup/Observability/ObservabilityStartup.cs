using Astra.Workflows.Engine.Ports;
using Astra.Workflows.Host.Startup.Observability;
using Astra.Workflows.Modules.Platform.Observability;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Astra.Workflows.Host.Startup;

/// <summary>Something to watch (ADR 0046, docs/observability.md): OpenTelemetry metrics on a guarded Prometheus endpoint, JSON logs.</summary>
public static class ObservabilityStartup
{
    /// <summary>Call after the modules: it counts bursts around the instance store they registered.</summary>
    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Logging.AddAstraConsoleLogs(builder.Environment);
        builder.Services.AddOptions<ObservabilityOptions>()
            .Bind(builder.Configuration.GetSection(ObservabilityOptions.Section))
            .Validate(
                o => string.IsNullOrEmpty(o.MetricsToken) || o.MetricsToken.Trim().Length >= ObservabilityOptions.MinimumTokenLength,
                $"Observability:MetricsToken must be empty or at least {ObservabilityOptions.MinimumTokenLength} characters (e.g. openssl rand -hex 32).")
            .ValidateOnStart();
        builder.Services.AddBacklogGauges();
        builder.Services.CountBursts();
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("astra-workflows"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(WorkflowMetrics.MeterName, BacklogGauges.MeterName)
                .ExportOwnMetersOnly()
                .AddPrometheusExporter());
        return builder;
    }

    /// <summary>The scrape endpoint: the token or this machine, else 404; not part of the API, so not in the OpenAPI document.</summary>
    public static WebApplication MapObservability(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // The gauges register their instruments when created; create them now, not on first use.
        _ = app.Services.GetRequiredService<BacklogGauges>();
        var token = app.Services.GetRequiredService<IOptions<ObservabilityOptions>>().Value.MetricsToken?.Trim();
        app.MapPrometheusScrapingEndpoint(ObservabilityOptions.MetricsPath, meterProvider: null, branch => branch.Use(next => MetricsAccess.Gate(next, token)), optionsName: null)
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }

    private static void CountBursts(this IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IInstanceStore))
            ?? throw new InvalidOperationException("AddObservability must follow the modules: no IInstanceStore is registered yet.");
        services.Remove(registered);
        services.Add(ServiceDescriptor.Describe(
            typeof(IInstanceStore),
            sp => new CountingInstanceStore(Create(sp, registered)),
            registered.Lifetime));
    }

    private static IInstanceStore Create(IServiceProvider services, ServiceDescriptor registered) =>
        (IInstanceStore)(registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, registered.ImplementationType!));
}
