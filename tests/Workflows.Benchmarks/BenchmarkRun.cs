using Astra.Workflows.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Astra.Workflows.Benchmarks;

/// <summary>For each concurrency: the raw-commit baseline, then engine bursts, each bracketed by commit counts.</summary>
internal sealed class BenchmarkRun(string connectionString, CommitCounter counter, IServiceProvider services, BenchmarkOptions options, TextWriter progress, StageTimings? stages = null)
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);

    public async Task<IReadOnlyList<ConcurrencyResult>> RunAsync(CancellationToken cancellationToken)
    {
        // JIT, connection pools, the definition cache and Jint: warm both paths before anything is measured.
        await progress.WriteLineAsync("warming up…");
        await LoadRunner.RunAsync(2, WarmUp, RawWorker(cancellationToken), cancellationToken);
        await LoadRunner.RunAsync(2, WarmUp, BurstWorker, cancellationToken);

        var results = new List<ConcurrencyResult>();
        foreach (var concurrency in BenchmarkOptions.Concurrencies)
        {
            var raw = await MeasureAsync("raw inserts", concurrency, RawWorker(cancellationToken), cancellationToken);
            var stagesBefore = stages?.Take();
            var bursts = await MeasureAsync("engine bursts", concurrency, BurstWorker, cancellationToken);
            results.Add(new ConcurrencyResult(concurrency, raw, bursts, stages is null ? null : stages.Take() - stagesBefore!));
        }

        return results;
    }

    private async Task<PhaseResult> MeasureAsync(string name, int concurrency, Func<int, Task<ILoadWorker>> createWorker, CancellationToken cancellationToken)
    {
        var before = await counter.SettleAndReadAsync(cancellationToken);
        await progress.WriteLineAsync($"measuring {name} at C={concurrency} for {options.PhaseDuration.TotalSeconds:0} s…");
        var load = await LoadRunner.RunAsync(concurrency, options.PhaseDuration, createWorker, cancellationToken);
        var after = await counter.SettleAndReadAsync(cancellationToken);
        return new PhaseResult(load, after - before);
    }

    private Func<int, Task<ILoadWorker>> RawWorker(CancellationToken cancellationToken) =>
        worker => RawInsertWorker.CreateAsync(connectionString, worker, cancellationToken);

    private Task<ILoadWorker> BurstWorker(int worker) =>
        Task.FromResult<ILoadWorker>(new BurstWorker(services.GetRequiredService<InstanceCoordinator>(), worker));
}
