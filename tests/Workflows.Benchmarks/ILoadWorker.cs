namespace Astra.Workflows.Benchmarks;

/// <summary>One concurrent client of a workload; <see cref="RunOnceAsync"/> is the timed operation.</summary>
internal interface ILoadWorker : IAsyncDisposable
{
    Task RunOnceAsync(CancellationToken cancellationToken);

    /// <summary>Whole units of work finished (a workflow instance run to its end); 0 where the workload has none.</summary>
    long Completed => 0;
}
