namespace Astra.Workflows.Modules.Referrals.Storage;

/// <summary>A donor project a delivered service can be booked to (donors ask which project paid for what).</summary>
public sealed class FundingProjectEntity
{
    public string Key { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public bool Active { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }
}
