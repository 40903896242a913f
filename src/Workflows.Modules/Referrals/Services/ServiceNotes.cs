using System.Text;
using Astra.Workflows.Modules.Platform.Crypto;
using Astra.Workflows.Modules.Referrals.Storage;

namespace Astra.Workflows.Modules.Referrals.Services;

/// <summary>The note of a delivered service, sealed like the client identity: envelope encryption bound to the case.</summary>
internal static class ServiceNotes
{
    public static void Seal(ServiceDeliveredEntity row, string? note, MasterKey key)
    {
        if (note is null)
        {
            return;
        }

        var sealedNote = EnvelopeCipher.Seal(Encoding.UTF8.GetBytes(note), row.CaseId, key);
        row.NoteCiphertext = sealedNote.Ciphertext;
        row.NoteNonce = sealedNote.Nonce;
        row.NoteTag = sealedNote.Tag;
        row.NoteWrappedKey = sealedNote.WrappedDataKey;
        row.NoteMasterKeyId = sealedNote.MasterKeyId;
    }

    public static string? Open(ServiceDeliveredEntity row, MasterKey key) =>
        row.NoteCiphertext is null
            ? null
            : Encoding.UTF8.GetString(EnvelopeCipher.Open(
                new SealedPayload(row.NoteCiphertext, row.NoteNonce!, row.NoteTag!, row.NoteWrappedKey!, row.NoteMasterKeyId!), row.CaseId, key));
}
