using System.Text.Json;

namespace Astra.Workflows.Engine.Runtime;

/// <summary>
/// A suspended branch waiting for the outside world. <see cref="Key"/> is how callers find it (event name + case);
/// <see cref="DueAt"/> set means a timer. Consumed exactly once.
/// </summary>
public sealed record Bookmark(
    string Id,
    Guid InstanceId,
    Guid TokenId,
    string ActivityId,
    string ActivityType,
    string Kind,
    string? Key,
    DateTimeOffset? DueAt,
    DateTimeOffset CreatedAt,
    JsonElement? Data = null);
