namespace Astra.Workflows.Modules.Cases.Privacy;

/// <summary>
/// One client's identity, apart from case data: ciphertext plus the wrapped data key. Deleting the row is
/// crypto-shredding; the blind indexes allow equality search without plaintext.
/// </summary>
public sealed class ClientIdentityEntity
{
    public Guid CaseId { get; set; }

    /// <summary>Layout of the encrypted JSON, so a later change of the record can still read old rows.</summary>
    public short FormatVersion { get; set; }

    public byte[] Ciphertext { get; set; } = [];

    public byte[] Nonce { get; set; } = [];

    public byte[] Tag { get; set; } = [];

    public byte[] WrappedDataKey { get; set; } = [];

    public string MasterKeyId { get; set; } = string.Empty;

    public string? FullNameIndex { get; set; }

    public List<string> DocumentNumberIndexes { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
