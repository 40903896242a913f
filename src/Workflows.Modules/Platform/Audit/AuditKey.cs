using System.Security.Cryptography;
using System.Text;

namespace Astra.Workflows.Modules.Platform.Audit;

/// <summary>
/// The audit key, separate from the master key so that rotating the master key never invalidates the chain
/// (ADR 0018). It lives outside the database; whoever can write the table but lacks the key cannot recompute
/// a valid chain. HKDF splits it into the chain's MAC key and the anchors' signing key.
/// </summary>
public sealed class AuditKey
{
    public const int KeySize = 32;
    private readonly byte[] chainKey;
    private readonly byte[] anchorKey;

    public AuditKey(ReadOnlySpan<byte> key)
    {
        if (key.Length != KeySize)
        {
            throw new ArgumentException($"The audit key must be {KeySize} bytes.", nameof(key));
        }

        chainKey = Derive(key, "astra/audit-chain/v1", KeySize);
        anchorKey = Derive(key, "astra/audit-anchor/v1", KeySize);
        Id = Convert.ToHexStringLower(Derive(key, "astra/audit-key-id/v1", 8));
    }

    /// <summary>Identifies the key in anchors and messages without revealing it.</summary>
    public string Id { get; }

    public static AuditKey FromBase64(string base64)
    {
        ArgumentNullException.ThrowIfNull(base64);
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException("The audit key is not valid base64.", e);
        }

        if (bytes.Length != KeySize)
        {
            throw new InvalidOperationException($"The audit key must decode to {KeySize} bytes, not {bytes.Length}.");
        }

        var key = new AuditKey(bytes);
        CryptographicOperations.ZeroMemory(bytes);
        return key;
    }

    public static string GenerateBase64() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeySize));

    internal byte[] MacChain(ReadOnlySpan<byte> data) => HMACSHA256.HashData(chainKey, data);

    public byte[] SignAnchor(ReadOnlySpan<byte> data) => HMACSHA256.HashData(anchorKey, data);

    private static byte[] Derive(ReadOnlySpan<byte> key, string label, int length)
    {
        var output = new byte[length];
        HKDF.DeriveKey(HashAlgorithmName.SHA256, key, output, ReadOnlySpan<byte>.Empty, Encoding.UTF8.GetBytes(label));
        return output;
    }
}
