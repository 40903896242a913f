using Astra.Workflows.Engine.Runtime;
using System.Diagnostics;
using System.Text.Json;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Platform.Idempotency;

/// <summary>
/// Claim first, work second, answer third: the key's row is inserted as "pending" in its own short statement
/// before any work, so a repeat that arrives while the first is in flight waits for the first answer instead
/// of doing the work or guessing an answer (ADR 0021).
/// </summary>
internal sealed class IdempotentRequests(IDbContextFactory<WorkflowsDbContext> contexts, KeyedLocks<string> locks, TimeProvider time)
{
    /// <summary>How long a repeat waits for the first request's answer before 409 with Retry-After.</summary>
    public static readonly TimeSpan WaitBound = TimeSpan.FromSeconds(30);

    /// <summary>A claim older than this belongs to a request that died (node killed); another may take it over.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan InFlightRetryAfter = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan LongestPoll = TimeSpan.FromMilliseconds(250);

    public async Task<IdempotencyClaim> ClaimAsync(string key, string fingerprint, CancellationToken cancellationToken)
    {
        // Wall-clock bounds: waiting is pacing, not domain time, and must pass under a frozen test clock.
        var started = Stopwatch.StartNew();
        var lease = await locks.TryEnterAsync(key, WaitBound, cancellationToken);
        if (lease is null)
        {
            return new IdempotencyClaim.InFlight(InFlightRetryAfter);
        }

        try
        {
            var pause = TimeSpan.FromMilliseconds(20);
            while (true)
            {
                if (await TryClaimAsync(key, fingerprint, lease, cancellationToken) is { } decided)
                {
                    if (decided is not IdempotencyClaim.Owned)
                    {
                        lease.Dispose();
                    }

                    return decided;
                }

                if (started.Elapsed + pause > WaitBound)
                {
                    lease.Dispose();
                    return new IdempotencyClaim.InFlight(InFlightRetryAfter);
                }

                // Between polls this request holds no connection: a crowd of repeats cannot exhaust the pool.
                await Task.Delay(pause, cancellationToken);
                pause = pause * 2 < LongestPoll ? pause * 2 : LongestPoll;
            }
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }

    /// <summary>A decision, or null while another node's request with this key is still working.</summary>
    private async Task<IdempotencyClaim?> TryClaimAsync(string key, string fingerprint, IDisposable lease, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var token = Guid.NewGuid();
        var reservedId = Guid.CreateVersion7(time.GetUtcNow());
        var tokenText = token.ToString("D");
        var reservedText = reservedId.ToString("D");
        var now = time.GetUtcNow();
        // claimedAt is the database's clock: leases are compared across nodes, on one clock.
        var inserted = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO astra.idempotency_keys (key, instance_id, result, created_at)
            VALUES ({key}, {Guid.Empty}, jsonb_build_object('state', 'pending', 'fingerprint', {fingerprint}::text, 'token', {tokenText}::text,
                'reservedId', {reservedText}::text, 'claimedAt', clock_timestamp(), 'status', 0), {now})
            ON CONFLICT (key) DO NOTHING
            """, cancellationToken);
        if (inserted == 1)
        {
            return new IdempotencyClaim.Owned(new OwnedKey(contexts, key, fingerprint, token, reservedId, lease));
        }

        var stored = await db.Database.SqlQuery<string>($"SELECT result::text AS \"Value\" FROM astra.idempotency_keys WHERE key = {key}")
            .FirstOrDefaultAsync(cancellationToken);
        if (stored is null)
        {
            // The holder gave up without an answer between our insert and read: try again at once.
            return await TryClaimAsync(key, fingerprint, lease, cancellationToken);
        }

        var answer = JsonSerializer.Deserialize<StoredAnswer>(stored, JsonSerializerOptions.Web)!;
        if (!string.Equals(answer.Fingerprint, fingerprint, StringComparison.Ordinal))
        {
            return new IdempotencyClaim.Mismatch();
        }

        if (answer.State == StoredAnswer.Done)
        {
            return new IdempotencyClaim.Replay(answer);
        }

        // Pending past its lease: the holder died. Take it over, keeping the reserved id so the work it may
        // have committed is found rather than done twice.
        var oldToken = answer.Token.ToString("D");
        var leaseSeconds = Lease.TotalSeconds;
        var taken = await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE astra.idempotency_keys
            SET result = result || jsonb_build_object('token', {tokenText}::text, 'claimedAt', clock_timestamp())
            WHERE key = {key} AND result->>'state' = 'pending' AND result->>'token' = {oldToken}
              AND (result->>'claimedAt')::timestamptz < clock_timestamp() - make_interval(secs => {leaseSeconds})
            """, cancellationToken);
        return taken == 1 ? new IdempotencyClaim.Owned(new OwnedKey(contexts, key, fingerprint, token, answer.ReservedId, lease)) : null;
    }
}
