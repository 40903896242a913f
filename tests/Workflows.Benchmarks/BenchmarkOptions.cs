using System.Globalization;

namespace Astra.Workflows.Benchmarks;

/// <summary>
/// Command line: <c>--seconds N</c> sets how long each measured phase runs (default 10). <c>--hotline</c> runs the
/// hotline mode instead (a real host over a bulk-loaded contact log), sized by <c>--contacts N</c> (default 1,000,000)
/// and <c>--callers N</c> (default 50,000). <c>--reports</c> runs the reports mode (every report through the API over
/// ten years of synthetic data), sized by <c>--scale X</c> (default 1: 1,000,000 contacts, 50,000 cases, 500,000
/// services, 200,000 referrals) with <c>--samples N</c> requests per report and period (default 20). <c>--stages</c>
/// times the store stages of every burst (open, idempotency check, commit) and prints them per burst.
/// </summary>
internal sealed record BenchmarkOptions(
    TimeSpan PhaseDuration, bool Hotline = false, int Contacts = 1_000_000, int Callers = 50_000, bool Reports = false, double Scale = 1, int Samples = 20, bool Stages = false)
{
    public static readonly IReadOnlyList<int> Concurrencies = [1, 16];

    public static BenchmarkOptions Parse(string[] args)
    {
        var seconds = 10;
        var hotline = false;
        var contacts = 1_000_000;
        var callers = 50_000;
        var reports = false;
        var scale = 1.0;
        var samples = 20;
        var stages = false;
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
            else if (args[i] == "--stages")
            {
                stages = true;
            }
            else if (args[i] == "--reports")
            {
                reports = true;
            }
            else if (args[i] == "--scale" && i + 1 < args.Length
                && double.TryParse(args[i + 1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var factor) && factor > 0 && factor <= 10)
            {
                scale = factor;
                i++;
            }
            else if (args[i] == "--samples" && i + 1 < args.Length
                && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
            {
                samples = n;
                i++;
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
                throw new ArgumentException($"Unknown or invalid argument '{args[i]}'. Usage: [--seconds N] [--stages] [--hotline [--contacts N] [--callers N]] [--reports [--scale X] [--samples N]]");
            }
        }

        return new BenchmarkOptions(TimeSpan.FromSeconds(seconds), hotline, contacts, callers, reports, scale, samples, stages);
    }
}
