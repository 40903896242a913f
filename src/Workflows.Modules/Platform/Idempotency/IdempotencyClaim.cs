namespace Astra.Workflows.Modules.Platform.Idempotency;

/// <summary>What claiming a key gave: the right to do the work, the first answer, or a reason to refuse.</summary>
internal abstract record IdempotencyClaim
{
    private IdempotencyClaim()
    {
    }

    /// <summary>This request does the work; <see cref="OwnedKey.DisposeAsync"/> frees the key if it gives no answer.</summary>
    public sealed record Owned(OwnedKey Key) : IdempotencyClaim;

    public sealed record Replay(StoredAnswer Answer) : IdempotencyClaim;

    /// <summary>The key was first used with another body.</summary>
    public sealed record Mismatch : IdempotencyClaim;

    /// <summary>The first request with this key is still working after the wait bound.</summary>
    public sealed record InFlight(TimeSpan RetryAfter) : IdempotencyClaim;
}
