namespace Astra.Workflows.Benchmarks;

/// <summary>Nearest-rank percentiles and the mean of operation latencies, in milliseconds.</summary>
internal sealed record LatencySummary(double P50, double P99, double Mean = double.NaN)
{
    public static LatencySummary From(IReadOnlyList<double> milliseconds)
    {
        if (milliseconds.Count == 0)
        {
            return new LatencySummary(double.NaN, double.NaN);
        }

        var sorted = milliseconds.Order().ToArray();
        return new LatencySummary(Rank(sorted, 0.50), Rank(sorted, 0.99), sorted.Average());
    }

    private static double Rank(double[] sorted, double percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile * sorted.Length) - 1, 0, sorted.Length - 1)];
}
