namespace Astra.Workflows.Engine.Runtime;

/// <summary>A live branch parked at an activity between bursts. Running tokens exist only inside a burst.</summary>
public sealed record Token(Guid Id, string ActivityId, TokenStatus Status, string? BookmarkId = null);
