namespace Astra.Workflows.Engine.Runtime;

/// <summary>An activity failure recorded on the instance; open until a retry resolves it.</summary>
public sealed record Incident(
    Guid Id,
    string ActivityId,
    Guid TokenId,
    string Message,
    string? ExceptionType,
    DateTimeOffset At,
    DateTimeOffset? ResolvedAt = null)
{
    public bool IsOpen => ResolvedAt is null;
}
