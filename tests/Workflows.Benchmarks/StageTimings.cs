using System.Diagnostics;

namespace Astra.Workflows.Benchmarks;

/// <summary>
/// Wall time spent in each store stage of a burst (<c>--stages</c>): opening the instance (connection, row lock,
/// state read), the idempotency check, and the commit (writes and COMMIT). What remains of a burst's latency is
/// the engine itself: definition lookup, the runner, the in-process gate. Bytes allocated in the open and commit
/// stages are summed too: process-wide, so exact only with one client (C=1); with more they include the others' work.
/// </summary>
internal sealed class StageTimings
{
    private long openTicks;
    private long idempotencyTicks;
    private long commitTicks;
    private long bursts;
    private long openBytes;
    private long commitBytes;

    public static long AllocatedNow() => GC.GetTotalAllocatedBytes(precise: true);

    public void AddOpen(long since, long allocatedSince)
    {
        Interlocked.Add(ref openTicks, Stopwatch.GetTimestamp() - since);
        Interlocked.Add(ref openBytes, AllocatedNow() - allocatedSince);
    }

    public void AddIdempotency(long since) => Interlocked.Add(ref idempotencyTicks, Stopwatch.GetTimestamp() - since);

    public void AddCommit(long since, long allocatedSince)
    {
        Interlocked.Add(ref commitTicks, Stopwatch.GetTimestamp() - since);
        Interlocked.Add(ref commitBytes, AllocatedNow() - allocatedSince);
        Interlocked.Increment(ref bursts);
    }

    public Snapshot Take() => new(
        Interlocked.Read(ref openTicks), Interlocked.Read(ref idempotencyTicks), Interlocked.Read(ref commitTicks), Interlocked.Read(ref bursts),
        Interlocked.Read(ref openBytes), Interlocked.Read(ref commitBytes));

    internal sealed record Snapshot(long Open, long Idempotency, long Commit, long Bursts, long OpenBytes, long CommitBytes)
    {
        public static Snapshot operator -(Snapshot after, Snapshot before) => new(
            after.Open - before.Open, after.Idempotency - before.Idempotency, after.Commit - before.Commit, after.Bursts - before.Bursts,
            after.OpenBytes - before.OpenBytes, after.CommitBytes - before.CommitBytes);

        public double OpenBytesPerBurst => Bursts == 0 ? double.NaN : (double)OpenBytes / Bursts;

        public double CommitBytesPerBurst => Bursts == 0 ? double.NaN : (double)CommitBytes / Bursts;

        public double OpenMicroseconds => PerBurst(Open);

        public double IdempotencyMicroseconds => PerBurst(Idempotency);

        public double CommitMicroseconds => PerBurst(Commit);

        private double PerBurst(long ticks) => Bursts == 0 ? double.NaN : ticks * 1_000_000.0 / Stopwatch.Frequency / Bursts;
    }
}
