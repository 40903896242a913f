using System.Text;
using Astra.Workflows.Modules.Hotline.Storage;
using Astra.Workflows.Modules.Platform.Crypto;

namespace Astra.Workflows.Modules.Hotline.Contacts;

/// <summary>Seals a note like a client identity (envelope encryption bound to the contact's id) and opens it.</summary>
internal static class ContactNotes
{
    public static void Seal(ContactEntity contact, string? note, MasterKey key)
    {
        if (note is null)
        {
            contact.NoteCiphertext = contact.NoteNonce = contact.NoteTag = contact.NoteWrappedKey = null;
            contact.NoteMasterKeyId = null;
            return;
        }

        var payload = EnvelopeCipher.Seal(Encoding.UTF8.GetBytes(note), contact.Id, key);
        contact.NoteCiphertext = payload.Ciphertext;
        contact.NoteNonce = payload.Nonce;
        contact.NoteTag = payload.Tag;
        contact.NoteWrappedKey = payload.WrappedDataKey;
        contact.NoteMasterKeyId = payload.MasterKeyId;
    }

    public static string? Open(ContactEntity contact, MasterKey key)
    {
        if (contact.NoteCiphertext is null || contact.NoteNonce is null || contact.NoteTag is null || contact.NoteWrappedKey is null || contact.NoteMasterKeyId is null)
        {
            return null;
        }

        var payload = new SealedPayload(contact.NoteCiphertext, contact.NoteNonce, contact.NoteTag, contact.NoteWrappedKey, contact.NoteMasterKeyId);
        return Encoding.UTF8.GetString(EnvelopeCipher.Open(payload, contact.Id, key));
    }
}
