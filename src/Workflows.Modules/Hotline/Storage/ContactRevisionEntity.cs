namespace Astra.Workflows.Modules.Hotline.Storage;

/// <summary>
/// A contact as it was before a correction: the coded fields as JSON, the note still sealed (copied bytes), and
/// whether the caller index changed (never the index itself, which would let history link callers after a removal).
/// </summary>
public sealed class ContactRevisionEntity
{
    public long Id { get; set; }

    public Guid ContactId { get; set; }

    /// <summary>The revision this row preserves.</summary>
    public int Revision { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public Guid? ChangedBy { get; set; }

    public string? Reason { get; set; }

    public string Fields { get; set; } = "{}";

    public bool CallerChanged { get; set; }

    public byte[]? NoteCiphertext { get; set; }

    public byte[]? NoteNonce { get; set; }

    public byte[]? NoteTag { get; set; }

    public byte[]? NoteWrappedKey { get; set; }

    public string? NoteMasterKeyId { get; set; }
}
