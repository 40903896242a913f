using System.Text.Json;
using Astra.Workflows.Modules.Platform.Crypto;

namespace Astra.Workflows.Modules.Cases.Privacy;

/// <summary>Turns an identity into a row and back; the only place plaintext identity meets the cipher.</summary>
public static class ClientIdentityCodec
{
    public const short CurrentFormat = 1;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ClientIdentityEntity Seal(Guid caseId, ClientIdentity identity, MasterKey key, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var sealedPayload = EnvelopeCipher.Seal(JsonSerializer.SerializeToUtf8Bytes(identity, Json), caseId, key);
        var entity = new ClientIdentityEntity
        {
            CaseId = caseId,
            FormatVersion = CurrentFormat,
            CreatedAt = now,
            UpdatedAt = now,
        };
        Apply(entity, sealedPayload);
        SetIndexes(entity, identity, key);
        return entity;
    }

    /// <summary>Throws <see cref="System.Security.Cryptography.CryptographicException"/> when the row was not sealed under this key or was altered.</summary>
    public static ClientIdentity Open(ClientIdentityEntity entity, MasterKey key)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var plaintext = EnvelopeCipher.Open(ToPayload(entity), entity.CaseId, key);
        return JsonSerializer.Deserialize<ClientIdentity>(plaintext, Json)
            ?? throw new InvalidDataException("A client identity decrypted to null.");
    }

    public static SealedPayload ToPayload(ClientIdentityEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new SealedPayload(entity.Ciphertext, entity.Nonce, entity.Tag, entity.WrappedDataKey, entity.MasterKeyId);
    }

    private static void Apply(ClientIdentityEntity entity, SealedPayload sealedPayload)
    {
        entity.Ciphertext = sealedPayload.Ciphertext;
        entity.Nonce = sealedPayload.Nonce;
        entity.Tag = sealedPayload.Tag;
        entity.WrappedDataKey = sealedPayload.WrappedDataKey;
        entity.MasterKeyId = sealedPayload.MasterKeyId;
    }

    private static void SetIndexes(ClientIdentityEntity entity, ClientIdentity identity, MasterKey key)
    {
        entity.FullNameIndex = BlindIndex.FullName(identity.FullName, key);
        entity.DocumentNumberIndexes = DocumentNumberIndexes(identity, key);
    }

    /// <summary>The blind indexes derive from the master key, so a rotation recomputes them under the new one.</summary>
    public static List<string> DocumentNumberIndexes(ClientIdentity identity, MasterKey key)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return (identity.Documents ?? [])
            .Select(d => BlindIndex.DocumentNumber(d.Number, key))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
