namespace Astra.Workflows.Modules.Platform.Idempotency;

/// <summary>The first answer to a resume with this key, committed with the burst it answered.</summary>
public sealed class IdempotencyEntity
{
    public string Key { get; set; } = string.Empty;

    public Guid InstanceId { get; set; }

    public string Result { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }
}
