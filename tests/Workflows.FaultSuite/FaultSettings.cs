using System.Globalization;

namespace Astra.Workflows.FaultSuite;

/// <summary>The suite's size, from the environment so CI can shorten only what docs/fault-suite.md says it may.</summary>
internal static class FaultSettings
{
    /// <summary>Timers due within one minute across the three nodes (issue 14: 5,000).</summary>
    public static int Timers { get; } = Int("ASTRA_FAULT_TIMERS", 5000);

    /// <summary>How long the SMTP server hangs (issue 14: 150 s).</summary>
    public static TimeSpan SmtpHang { get; } = TimeSpan.FromSeconds(Int("ASTRA_FAULT_SMTP_HANG_SECONDS", 150));

    /// <summary>Where the figures are written besides the test output.</summary>
    public static string FiguresFile { get; } =
        Environment.GetEnvironmentVariable("ASTRA_FAULT_FIGURES") is { Length: > 0 } file ? file : Path.Combine(AppContext.BaseDirectory, "fault-figures.txt");

    private static int Int(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
