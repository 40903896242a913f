using System.Globalization;

namespace Astra.Workflows.Benchmarks;

/// <summary>
/// Command line: <c>--seconds N</c> sets how long each measured phase runs (default 10). <c>--hotline</c> runs the
/// hotline mode instead (a real host over a bulk-loaded contact log), sized by <c>--contacts N</c> (default 1,000,000)
/// and <c>--callers N</c> (default 50,000).
/// </summary>
internal sealed record BenchmarkOptions(TimeSpan PhaseDuration, bool Hotline = false, int Contacts = 1_000_000, int Callers = 50_000)
{
    public static readonly IReadOnlyList<int> Concurrencies = [1, 16];

    public static BenchmarkOptions Parse(string[] args)
    {
        var seconds = 10;
        var hotline = false;
        var contacts = 1_000_000;
        var callers = 50_000;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--seconds" && i + 1 < args.Length
                && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0)
            {
                seconds = parsed;
                i++;
            }
            else if (args[i] == "--hotline")
            {
                hotline = true;
            }
            else if (args[i] is "--contacts" or "--callers" && i + 1 < args.Length
                && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0)
            {
                if (args[i] == "--contacts")
                {
                    contacts = count;
                }
                else
                {
                    callers = count;
                }

                i++;
            }
            else
            {
                throw new ArgumentException($"Unknown or invalid argument '{args[i]}'. Usage: [--seconds N] [--hotline [--contacts N] [--callers N]]");
            }
        }

        return new BenchmarkOptions(TimeSpan.FromSeconds(seconds), hotline, contacts, callers);
    }
}
