using System.Text;
using Astra.Workflows.Modules.Platform.Crypto;

namespace Astra.Workflows.Modules.Cases.Documents;

/// <summary>Where a document's name and bytes meet the cipher: each under its own data key, bound to the case.</summary>
internal static class DocumentCipher
{
    public static void SealName(CaseDocumentEntity document, string name, MasterKey key)
    {
        var payload = EnvelopeCipher.Seal(Encoding.UTF8.GetBytes(name), document.CaseId, key);
        document.NameCiphertext = payload.Ciphertext;
        document.NameNonce = payload.Nonce;
        document.NameTag = payload.Tag;
        document.NameWrappedKey = payload.WrappedDataKey;
        document.NameMasterKeyId = payload.MasterKeyId;
    }

    public static string OpenName(CaseDocumentEntity document, MasterKey key) =>
        Encoding.UTF8.GetString(EnvelopeCipher.Open(
            new SealedPayload(document.NameCiphertext, document.NameNonce, document.NameTag, document.NameWrappedKey, document.NameMasterKeyId), document.CaseId, key));

    public static CaseDocumentContentEntity SealContent(CaseDocumentEntity document, byte[] content, MasterKey key)
    {
        var payload = EnvelopeCipher.Seal(content, document.CaseId, key);
        return new CaseDocumentContentEntity
        {
            DocumentId = document.Id,
            CaseId = document.CaseId,
            Ciphertext = payload.Ciphertext,
            Nonce = payload.Nonce,
            Tag = payload.Tag,
            WrappedDataKey = payload.WrappedDataKey,
            MasterKeyId = payload.MasterKeyId,
        };
    }

    public static byte[] OpenContent(CaseDocumentContentEntity content, MasterKey key) =>
        EnvelopeCipher.Open(new SealedPayload(content.Ciphertext, content.Nonce, content.Tag, content.WrappedDataKey, content.MasterKeyId), content.CaseId, key);
}
