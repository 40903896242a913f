namespace Astra.Workflows.Modules.Definitions.InstanceStorage;

/// <summary>A live bookmark; deleting the row is what consumes it, so it can be consumed only once.</summary>
public sealed class BookmarkEntity
{
    public string Id { get; set; } = string.Empty;

    public Guid InstanceId { get; set; }

    public string Kind { get; set; } = string.Empty;

    public string? Key { get; set; }

    public string ActivityId { get; set; } = string.Empty;

    public DateTimeOffset? DueAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
