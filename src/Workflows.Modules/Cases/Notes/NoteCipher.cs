using System.Text;
using Astra.Workflows.Modules.Platform.Crypto;

namespace Astra.Workflows.Modules.Cases.Notes;

/// <summary>The only place a note's plaintext meets the cipher: envelope encryption bound to the case, like the identity.</summary>
internal static class NoteCipher
{
    public static void Seal(CaseNoteEntity note, string text, MasterKey key)
    {
        var payload = EnvelopeCipher.Seal(Encoding.UTF8.GetBytes(text), note.CaseId, key);
        note.Ciphertext = payload.Ciphertext;
        note.Nonce = payload.Nonce;
        note.Tag = payload.Tag;
        note.WrappedDataKey = payload.WrappedDataKey;
        note.MasterKeyId = payload.MasterKeyId;
    }

    public static string Open(CaseNoteEntity note, MasterKey key) =>
        Encoding.UTF8.GetString(EnvelopeCipher.Open(new SealedPayload(note.Ciphertext, note.Nonce, note.Tag, note.WrappedDataKey, note.MasterKeyId), note.CaseId, key));
}
