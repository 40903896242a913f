namespace Astra.Workflows.Engine.Runtime;

public sealed record RunnerOptions
{
    /// <summary>
    /// Activity executions allowed in one burst. Validation already rejects cycles without a wait; this
    /// guards against loops that only a script decides to end.
    /// </summary>
    public int MaxActivitiesPerBurst { get; init; } = 10_000;
}
