namespace Astra.Workflows.Modules.Cases.Documents;

/// <summary>
/// A file on a case: what it is and who brought it. The name is sealed (names of files often name the client); the
/// content lives in <see cref="CaseDocumentContentEntity"/>, so listing never loads it. Deleting removes the
/// content and keeps this row, marked, as the record that the file existed.
/// </summary>
public sealed class CaseDocumentEntity
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public string Kind { get; set; } = string.Empty;

    /// <summary>Detected from the content, never taken from the name or the browser.</summary>
    public string MediaType { get; set; } = string.Empty;

    public long SizeBytes { get; set; }

    /// <summary>The task whose form brought the file, if one did.</summary>
    public Guid? TaskId { get; set; }

    public Guid? UploadedBy { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public Guid? DeletedBy { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public byte[] NameCiphertext { get; set; } = [];

    public byte[] NameNonce { get; set; } = [];

    public byte[] NameTag { get; set; } = [];

    public byte[] NameWrappedKey { get; set; } = [];

    public string NameMasterKeyId { get; set; } = string.Empty;
}

/// <summary>A document's bytes, sealed under their own data key (an envelope per file), bound to the case.</summary>
public sealed class CaseDocumentContentEntity
{
    public Guid DocumentId { get; set; }

    public Guid CaseId { get; set; }

    public byte[] Ciphertext { get; set; } = [];

    public byte[] Nonce { get; set; } = [];

    public byte[] Tag { get; set; } = [];

    public byte[] WrappedDataKey { get; set; } = [];

    public string MasterKeyId { get; set; } = string.Empty;
}
