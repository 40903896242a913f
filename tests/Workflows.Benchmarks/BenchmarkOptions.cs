using System.Globalization;

namespace Astra.Workflows.Benchmarks;

/// <summary>Command line: <c>--seconds N</c> sets how long each measured phase runs (default 10).</summary>
internal sealed record BenchmarkOptions(TimeSpan PhaseDuration)
{
    public static readonly IReadOnlyList<int> Concurrencies = [1, 16];

    public static BenchmarkOptions Parse(string[] args)
    {
        var seconds = 10;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--seconds" && i + 1 < args.Length
                && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0)
            {
                seconds = parsed;
                i++;
            }
            else
            {
                throw new ArgumentException($"Unknown or invalid argument '{args[i]}'. Usage: [--seconds N]");
            }
        }

        return new BenchmarkOptions(TimeSpan.FromSeconds(seconds));
    }
}
