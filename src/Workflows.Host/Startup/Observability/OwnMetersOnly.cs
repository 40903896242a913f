using System.Diagnostics.Metrics;
using OpenTelemetry.Metrics;

namespace Astra.Workflows.Host.Startup.Observability;

/// <summary>
/// A meter listener hears every meter of the process with a name it subscribes to, so two hosts in one process (the
/// integration tests, or any future in-process second host) would each export the other's per-host instruments: the
/// backlog gauges, ASP.NET Core's request durations. A meter made by a host's <see cref="IMeterFactory"/> carries that
/// factory as its scope; this view drops instruments of any other host's factory. Static meters (no scope: the
/// engine's burst and timer counters, the runtime's) belong to the process and stay.
/// </summary>
internal static class OwnMetersOnly
{
    public static MeterProviderBuilder ExportOwnMetersOnly(this MeterProviderBuilder metrics)
    {
        // The builder of AddOpenTelemetry().WithMetrics is deferred: the view is added once the host's services exist.
        var deferred = metrics as IDeferredMeterProviderBuilder
            ?? throw new InvalidOperationException("ExportOwnMetersOnly needs the MeterProviderBuilder of AddOpenTelemetry().WithMetrics.");
        return deferred.Configure((services, builder) =>
        {
            var own = services.GetRequiredService<IMeterFactory>();
            builder.AddView(instrument => Belongs(instrument, own) ? null : MetricStreamConfiguration.Drop);
        });
    }

    internal static bool Belongs(Instrument instrument, IMeterFactory own) =>
        instrument.Meter.Scope is null || ReferenceEquals(instrument.Meter.Scope, own);
}
