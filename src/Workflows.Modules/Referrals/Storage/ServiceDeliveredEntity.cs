namespace Astra.Workflows.Modules.Referrals.Storage;

/// <summary>
/// A service a client received. Append-only: a correction is a new row naming the row it replaces
/// (<see cref="Supersedes"/>); the current record of a service is the row nobody supersedes.
/// </summary>
public sealed class ServiceDeliveredEntity
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public string ServiceKey { get; set; } = string.Empty;

    public DateOnly DeliveredOn { get; set; }

    /// <summary>The partner that provided it; null when ASTRA did.</summary>
    public Guid? PartnerId { get; set; }

    public string? FundingProjectKey { get; set; }

    public Guid? ReferralId { get; set; }

    public Guid? Supersedes { get; set; }

    /// <summary>A correction may withdraw the record altogether (recorded by mistake).</summary>
    public bool Voided { get; set; }

    /// <summary>The optional note, sealed like the client identity (envelope encryption bound to the case).</summary>
    public byte[]? NoteCiphertext { get; set; }

    public byte[]? NoteNonce { get; set; }

    public byte[]? NoteTag { get; set; }

    public byte[]? NoteWrappedKey { get; set; }

    public string? NoteMasterKeyId { get; set; }

    public Guid? RecordedBy { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
