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

    /// <summary>Re-wraps the data key under <paramref name="to"/> and recomputes the blind indexes, whose keys derive from the master key.</summary>
    public static void Rotate(ClientIdentityEntity entity, MasterKey from, MasterKey to, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var identity = Open(entity, from);
        Apply(entity, EnvelopeCipher.Rewrap(ToPayload(entity), entity.CaseId, from, to));
        SetIndexes(entity, identity, to);
        entity.UpdatedAt = now;
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
        entity.DocumentNumberIndexes = (identity.Documents ?? [])
            .Select(d => BlindIndex.DocumentNumber(d.Number, key))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
