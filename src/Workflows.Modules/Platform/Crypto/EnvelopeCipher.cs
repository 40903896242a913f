using System.Security.Cryptography;
using System.Text;

namespace Astra.Workflows.Modules.Platform.Crypto;

/// <summary>
/// Envelope encryption: a fresh 256-bit data key per client encrypts the payload with AES-256-GCM, bound to the
/// case id as associated data; the master key only wraps data keys. Destroying the wrapped key shreds the payload.
/// </summary>
public static class EnvelopeCipher
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public static SealedPayload Seal(ReadOnlySpan<byte> plaintext, Guid caseId, MasterKey masterKey)
    {
        var dataKey = RandomNumberGenerator.GetBytes(MasterKey.KeySize);
        try
        {
            var nonce = RandomNumberGenerator.GetBytes(NonceSize);
            var ciphertext = new byte[plaintext.Length];
            var tag = new byte[TagSize];
            using (var aes = new AesGcm(dataKey, TagSize))
            {
                aes.Encrypt(nonce, plaintext, ciphertext, tag, AssociatedData(caseId));
            }

            return new SealedPayload(ciphertext, nonce, tag, masterKey.Wrap(dataKey, caseId), masterKey.Id);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    /// <summary>Throws <see cref="CryptographicException"/> when the key is wrong or any byte was changed.</summary>
    public static byte[] Open(SealedPayload sealedPayload, Guid caseId, MasterKey masterKey)
    {
        ArgumentNullException.ThrowIfNull(sealedPayload);
        ArgumentNullException.ThrowIfNull(masterKey);
        var dataKey = masterKey.Unwrap(sealedPayload.WrappedDataKey, caseId);
        try
        {
            var plaintext = new byte[sealedPayload.Ciphertext.Length];
            using var aes = new AesGcm(dataKey, TagSize);
            aes.Decrypt(sealedPayload.Nonce, sealedPayload.Ciphertext, sealedPayload.Tag, plaintext, AssociatedData(caseId));
            return plaintext;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    /// <summary>Moves a data key to another master key without touching the payload.</summary>
    public static SealedPayload Rewrap(SealedPayload sealedPayload, Guid caseId, MasterKey from, MasterKey to)
    {
        ArgumentNullException.ThrowIfNull(sealedPayload);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var dataKey = from.Unwrap(sealedPayload.WrappedDataKey, caseId);
        try
        {
            return sealedPayload with { WrappedDataKey = to.Wrap(dataKey, caseId), MasterKeyId = to.Id };
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    private static byte[] AssociatedData(Guid caseId) => Encoding.UTF8.GetBytes(caseId.ToString("D"));
}
