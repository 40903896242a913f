using System.Diagnostics;

namespace Astra.Workflows.Benchmarks;

/// <summary>Runs <c>concurrency</c> workers in a closed loop for a fixed duration and times each operation.</summary>
internal static class LoadRunner
{
    public static async Task<LoadResult> RunAsync(
        int concurrency, TimeSpan duration, Func<int, Task<ILoadWorker>> createWorker, CancellationToken cancellationToken)
    {
        var workers = new ILoadWorker[concurrency];
        for (var i = 0; i < concurrency; i++)
        {
            workers[i] = await createWorker(i);
        }

        try
        {
            using var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            var loops = workers.Select(w => Task.Run(() => LoopAsync(w, clock, duration, cancellationToken), cancellationToken)).ToArray();
            var latencies = await Task.WhenAll(loops);
            var elapsed = clock.Elapsed;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            var all = latencies.SelectMany(l => l).ToList();
            return new LoadResult(concurrency, all.Count, elapsed, LatencySummary.From(all), workers.Sum(w => w.Completed), cpu, allocated);
        }
        finally
        {
            foreach (var worker in workers)
            {
                await worker.DisposeAsync();
            }
        }
    }

    private static async Task<List<double>> LoopAsync(ILoadWorker worker, Stopwatch clock, TimeSpan duration, CancellationToken cancellationToken)
    {
        var latencies = new List<double>(capacity: 4096);
        while (clock.Elapsed < duration)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var before = clock.Elapsed;
            await worker.RunOnceAsync(cancellationToken);
            latencies.Add((clock.Elapsed - before).TotalMilliseconds);
        }

        return latencies;
    }
}
