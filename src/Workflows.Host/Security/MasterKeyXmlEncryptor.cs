using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Astra.Workflows.Modules.Platform.Crypto;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Astra.Workflows.Host.Security;

/// <summary>
/// Seals each Data Protection key's XML (which holds the key material) with AES-GCM under a key derived from the
/// master key, so the key table in the database is useless without the master key, like the client identities.
/// </summary>
internal sealed class MasterKeyXmlEncryptor(MasterKey masterKey) : IXmlEncryptor
{
    public const string Purpose = "astra/data-protection-xml/v1";
    public const string ElementName = "astraSealedKey";
    internal const int NonceSize = 12;
    internal const int TagSize = 16;

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var sealedBytes = new byte[NonceSize + plaintext.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        var key = masterKey.DerivePurposeKey(Purpose);
        try
        {
            using var aes = new AesGcm(key, TagSize);
            aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(NonceSize, plaintext.Length), sealedBytes.AsSpan(NonceSize + plaintext.Length), Context(masterKey.Id));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
            CryptographicOperations.ZeroMemory(plaintext);
        }

        var element = new XElement(
            ElementName,
            new XComment(" Data Protection key sealed under the ASTRA master key (AES-256-GCM, HKDF purpose key). "),
            new XAttribute("masterKeyId", masterKey.Id),
            new XElement("value", Convert.ToBase64String(sealedBytes)));
        return new EncryptedXmlInfo(element, typeof(MasterKeyXmlDecryptor));
    }

    /// <summary>Binds the ciphertext to its purpose and to the master key it was sealed under.</summary>
    internal static byte[] Context(string masterKeyId) => Encoding.UTF8.GetBytes($"{Purpose}/{masterKeyId}");
}
