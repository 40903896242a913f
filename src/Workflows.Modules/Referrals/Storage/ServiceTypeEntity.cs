namespace Astra.Workflows.Modules.Referrals.Storage;

/// <summary>A service of the catalogue: a stable key and its labels. Deactivated, never deleted, once used.</summary>
public sealed class ServiceTypeEntity
{
    public string Key { get; set; } = string.Empty;

    public string LabelEn { get; set; } = string.Empty;

    public string LabelSrLatn { get; set; } = string.Empty;

    public string LabelSrCyrl { get; set; } = string.Empty;

    public bool Active { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }
}
