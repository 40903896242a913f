namespace Astra.Workflows.Host.Startup.Observability;

/// <summary>Who may read the metrics (ADR 0046). Without a token only this machine may, straight to the app.</summary>
public sealed record ObservabilityOptions
{
    public const string Section = "Observability";

    public const string MetricsPath = "/metrics";

    /// <summary>Long enough that guessing it through nginx is hopeless; generated, never typed.</summary>
    public const int MinimumTokenLength = 32;

    /// <summary>
    /// A bearer token that opens <see cref="MetricsPath"/> from anywhere (a Prometheus on another machine, through nginx).
    /// Empty: only loopback requests that came through no proxy are answered.
    /// </summary>
    public string? MetricsToken { get; init; }
}
