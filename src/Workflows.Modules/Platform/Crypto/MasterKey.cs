using System.Security.Cryptography;
using System.Text;

namespace Astra.Workflows.Modules.Platform.Crypto;

/// <summary>
/// The master key from configuration or a key file. It never touches the database: only its id (a one-way
/// derivation) is stored beside each wrapped data key, so rotation knows which rows still need re-wrapping.
/// Purpose keys are derived with HKDF so the key that wraps data keys never doubles as a MAC key.
/// </summary>
public sealed class MasterKey
{
    public const int KeySize = 32;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] wrappingKey;
    private readonly byte[] purposeRoot;

    public MasterKey(ReadOnlySpan<byte> key)
    {
        if (key.Length != KeySize)
        {
            throw new ArgumentException($"The master key must be {KeySize} bytes.", nameof(key));
        }

        wrappingKey = Derive(key, "astra/key-wrap/v1", KeySize);
        FullNameIndexKey = Derive(key, "astra/blind-index/full-name/v1", KeySize);
        DocumentNumberIndexKey = Derive(key, "astra/blind-index/document-number/v1", KeySize);
        CallerNumberIndexKey = Derive(key, "astra/blind-index/caller-number/v1", KeySize);
        Id = Convert.ToHexStringLower(Derive(key, "astra/master-key-id/v1", 8));
        purposeRoot = Derive(key, "astra/purpose-root/v1", KeySize);
    }

    /// <summary>Identifies the key without revealing it.</summary>
    public string Id { get; }

    internal byte[] FullNameIndexKey { get; }

    internal byte[] DocumentNumberIndexKey { get; }

    internal byte[] CallerNumberIndexKey { get; }

    public static MasterKey FromBase64(string base64)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException("The master key is not valid base64.", e);
        }

        if (bytes.Length != KeySize)
        {
            throw new InvalidOperationException($"The master key must decode to {KeySize} bytes, not {bytes.Length}.");
        }

        var key = new MasterKey(bytes);
        CryptographicOperations.ZeroMemory(bytes);
        return key;
    }

    public static string GenerateBase64() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeySize));

    /// <summary>Wraps a data key; the case id is bound in so a wrapped key cannot be moved to another client's row.</summary>
    public byte[] Wrap(ReadOnlySpan<byte> dataKey, Guid caseId)
    {
        var output = new byte[NonceSize + dataKey.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(wrappingKey, TagSize);
        aes.Encrypt(nonce, dataKey, output.AsSpan(NonceSize, dataKey.Length), output.AsSpan(NonceSize + dataKey.Length), WrapContext(caseId));
        return output;
    }

    /// <summary>Throws <see cref="CryptographicException"/> when the key is not this master key's or was moved to another case.</summary>
    public byte[] Unwrap(ReadOnlySpan<byte> wrapped, Guid caseId)
    {
        if (wrapped.Length != NonceSize + KeySize + TagSize)
        {
            throw new CryptographicException("A wrapped data key has the wrong length.");
        }

        var dataKey = new byte[KeySize];
        using var aes = new AesGcm(wrappingKey, TagSize);
        aes.Decrypt(wrapped[..NonceSize], wrapped.Slice(NonceSize, KeySize), wrapped[(NonceSize + KeySize)..], dataKey, WrapContext(caseId));
        return dataKey;
    }

    /// <summary>A 32-byte key for one named purpose (e.g. <c>astra/data-protection/v1</c>), independent of every other purpose's.</summary>
    public byte[] DerivePurposeKey(string purpose)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        return Derive(purposeRoot, purpose, KeySize);
    }

    private byte[] WrapContext(Guid caseId) => Encoding.UTF8.GetBytes($"astra/data-key/{caseId:D}/{Id}");

    private static byte[] Derive(ReadOnlySpan<byte> key, string info, int length)
    {
        var output = new byte[length];
        HKDF.DeriveKey(HashAlgorithmName.SHA256, key, output, salt: [], Encoding.UTF8.GetBytes(info));
        return output;
    }
}
