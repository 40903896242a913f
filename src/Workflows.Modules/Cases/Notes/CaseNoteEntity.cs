namespace Astra.Workflows.Modules.Cases.Notes;

/// <summary>
/// A short note on a case by its team. Append-only: a correction is a new row naming the note it replaces
/// (<see cref="Corrects"/>); the text is sealed like the client identity, because notes hold health and legal detail.
/// </summary>
public sealed class CaseNoteEntity
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public Guid? Corrects { get; set; }

    public Guid? WrittenBy { get; set; }

    public DateTimeOffset WrittenAt { get; set; }

    public byte[] Ciphertext { get; set; } = [];

    public byte[] Nonce { get; set; } = [];

    public byte[] Tag { get; set; } = [];

    public byte[] WrappedDataKey { get; set; } = [];

    public string MasterKeyId { get; set; } = string.Empty;
}
