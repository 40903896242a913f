using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Astra.Workflows.Modules.Platform.Crypto;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Astra.Workflows.Host.Security;

/// <summary>Opens what <see cref="MasterKeyXmlEncryptor"/> sealed. Data Protection creates it with the service provider.</summary>
internal sealed class MasterKeyXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement) => Open(services.GetRequiredService<MasterKey>(), encryptedElement);

    public static XElement Open(MasterKey masterKey, XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(masterKey);
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var sealedUnder = (string?)encryptedElement.Attribute("masterKeyId");
        if (sealedUnder != masterKey.Id)
        {
            throw new CryptographicException($"A Data Protection key is sealed under master key {sealedUnder}, not the current {masterKey.Id}.");
        }

        var sealedBytes = Convert.FromBase64String((string?)encryptedElement.Element("value") ?? string.Empty);
        var length = sealedBytes.Length - MasterKeyXmlEncryptor.NonceSize - MasterKeyXmlEncryptor.TagSize;
        if (length <= 0)
        {
            throw new CryptographicException("A sealed Data Protection key is too short.");
        }

        var plaintext = new byte[length];
        var key = masterKey.DerivePurposeKey(MasterKeyXmlEncryptor.Purpose);
        try
        {
            using var aes = new AesGcm(key, MasterKeyXmlEncryptor.TagSize);
            aes.Decrypt(
                sealedBytes.AsSpan(0, MasterKeyXmlEncryptor.NonceSize),
                sealedBytes.AsSpan(MasterKeyXmlEncryptor.NonceSize, length),
                sealedBytes.AsSpan(MasterKeyXmlEncryptor.NonceSize + length),
                plaintext,
                MasterKeyXmlEncryptor.Context(masterKey.Id));
            return XElement.Parse(Encoding.UTF8.GetString(plaintext));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }
}
