using System.Globalization;

namespace Astra.Workflows.FaultSuite.Scenario;

/// <summary>Lag figures of a group of timers (fired time minus due time), nearest-rank percentiles.</summary>
internal sealed record Lags(int Count, double P50, double P95, double P99, double Max)
{
    public static Lags Of(IEnumerable<TimeSpan> lags)
    {
        var sorted = lags.Select(l => l.TotalSeconds).Order().ToArray();
        if (sorted.Length == 0)
        {
            return new Lags(0, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new Lags(sorted.Length, At(0.50), At(0.95), At(0.99), sorted[^1]);
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"n={Count} p50={P50:0.000}s p95={P95:0.000}s p99={P99:0.000}s max={Max:0.000}s");
}
