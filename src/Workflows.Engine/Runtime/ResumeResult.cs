namespace Astra.Workflows.Engine.Runtime;

/// <summary>The answer to a resume. <see cref="Replayed"/> is true when an earlier call with the same idempotency key answered.</summary>
public sealed record ResumeResult(ResumeStatus Status, BurstResult? Burst, string? Message = null, bool Replayed = false)
{
    public static ResumeResult Fail(ResumeStatus status, string message) => new(status, null, message);
}
