namespace Astra.Workflows.Benchmarks;

/// <summary>One concurrent client of a workload; <see cref="RunOnceAsync"/> is the timed operation.</summary>
internal interface ILoadWorker : IAsyncDisposable
{
    Task RunOnceAsync(CancellationToken cancellationToken);
}
