using System.Globalization;

namespace Astra.Workflows.Benchmarks;

/// <summary>Prints the machine facts and one column per concurrency.</summary>
internal static class ReportPrinter
{
    private const int LabelWidth = 44;
    private const int ColumnWidth = 18;

    public static void Print(TextWriter output, MachineFacts facts, BenchmarkOptions options, IReadOnlyList<ConcurrencyResult> results)
    {
        output.WriteLine();
        output.WriteLine($"machine: {facts.Cores} cores, load average {facts.LoadAverage}, {facts.Os}, {facts.Runtime}");
        output.WriteLine($"postgres: {facts.ServerVersion}, fsync={facts.Fsync}, synchronous_commit={facts.SynchronousCommit}, wal_sync_method={facts.WalSyncMethod}");
        output.WriteLine($"each phase: {options.PhaseDuration.TotalSeconds:0} s, closed loop; burst = start → first wait, or resume → next wait ({ChainDefinition.Waits} waits per instance)");
        output.WriteLine("baseline: raw single-row commit throughput at the same concurrency (the upper bound for a one-commit burst)");
        output.WriteLine();

        Row(output, "concurrency C", results, r => $"C={r.Concurrency}");
        Rule(output, results.Count);
        Row(output, "raw commits/s", results, r => Number(r.Raw.Load.PerSecond, 0));
        Row(output, "bursts/s", results, r => Number(r.Bursts.Load.PerSecond, 0));
        Row(output, "ratio: bursts per raw commit", results, r => Number(r.BurstsPerRawCommit, 3));
        Row(output, $"instances/s ({ChainDefinition.Waits}-wait chain, run to end)", results, r => Number(r.Bursts.Load.CompletedPerSecond, 1));
        Row(output, "client CPU per burst (µs)", results, r => Number(r.Bursts.Load.CpuMicrosecondsPerOperation, 0));
        Row(output, "allocated per burst (bytes)", results, r => Number(r.Bursts.Load.AllocatedBytesPerOperation, 0));
        Rule(output, results.Count);
        Row(output, "commits per burst (xact_commit)", results, r => Number(r.Bursts.XactCommitsPerOperation, 2));
        Row(output, "  of which write transactions (xids)", results, r => Number(r.Bursts.WriteTransactionsPerOperation, 2));
        Row(output, "  WAL fsyncs per burst", results, r => Number(r.Bursts.WalSyncsPerOperation, 2));
        Row(output, "commits per raw insert (xact_commit)", results, r => Number(r.Raw.XactCommitsPerOperation, 2));
        Row(output, "  WAL fsyncs per raw insert", results, r => Number(r.Raw.WalSyncsPerOperation, 2));
        Rule(output, results.Count);
        Row(output, "raw commit latency p50 / p99 (ms)", results, r => Pair(r.Raw.Load.Latency));
        Row(output, "burst latency p50 / p99 (ms)", results, r => Pair(r.Bursts.Load.Latency));
        Rule(output, results.Count);
        Row(output, "raw inserts / bursts counted", results, r => $"{r.Raw.Load.Operations}/{r.Bursts.Load.Operations}");
        if (results.All(r => r.Stages is not null))
        {
            Rule(output, results.Count);
            Row(output, "--stages, wall time per burst (µs): burst", results, r => Number(r.Bursts.Load.Latency.Mean * 1000, 0));
            Row(output, "  open (connection, row lock, state read)", results, r => Number(r.Stages!.OpenMicroseconds, 0));
            Row(output, "  idempotency check", results, r => Number(r.Stages!.IdempotencyMicroseconds, 0));
            Row(output, "  commit (writes, COMMIT)", results, r => Number(r.Stages!.CommitMicroseconds, 0));
            Row(output, "  engine (the rest: definition, runner)", results, r => Number(
                (r.Bursts.Load.Latency.Mean * 1000) - r.Stages!.OpenMicroseconds - r.Stages.IdempotencyMicroseconds - r.Stages.CommitMicroseconds, 0));
            Row(output, "  allocated in open (bytes; exact at C=1)", results, r => Number(r.Stages!.OpenBytesPerBurst, 0));
            Row(output, "  allocated in commit (bytes; exact at C=1)", results, r => Number(r.Stages!.CommitBytesPerBurst, 0));
        }

        output.WriteLine();
        output.WriteLine("xact_commit counts every committed transaction, read-only ones included; xids count only transactions that wrote.");
        output.WriteLine("Counters are read from the postgres database after the pools are closed (backends flush their statistics on exit).");
        output.WriteLine("Client CPU is the benchmark process's CPU time over the phase divided by bursts (PostgreSQL's CPU not included);");
        output.WriteLine("allocations are GC.GetTotalAllocatedBytes over the phase divided by bursts.");
    }

    private static void Row(TextWriter output, string label, IReadOnlyList<ConcurrencyResult> results, Func<ConcurrencyResult, string> cell) =>
        output.WriteLine(label.PadRight(LabelWidth) + string.Concat(results.Select(r => cell(r).PadLeft(ColumnWidth))));

    private static void Rule(TextWriter output, int columns) =>
        output.WriteLine(new string('-', LabelWidth + (columns * ColumnWidth)));

    private static string Number(double value, int decimals) =>
        value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string Pair(LatencySummary latency) => $"{Number(latency.P50, 2)} / {Number(latency.P99, 2)}";
}
