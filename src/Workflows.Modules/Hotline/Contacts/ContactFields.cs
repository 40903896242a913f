using System.Text.Json;
using Astra.Workflows.Modules.Hotline.Storage;
using Astra.Workflows.Modules.Platform.Crypto;

namespace Astra.Workflows.Modules.Hotline.Contacts;

/// <summary>Copies checked values onto a row, and snapshots a row's coded fields for its correction history.</summary>
internal static class ContactFields
{
    /// <summary>For a new contact every value; for a correction an absent number or note keeps what is stored.</summary>
    public static void Apply(ContactEntity contact, ValidContact valid, MasterKey key, DateTimeOffset now)
    {
        contact.OccurredAt = valid.OccurredAt;
        contact.Channel = valid.Channel;
        contact.Direction = valid.Direction;
        contact.CallerType = valid.CallerType;
        contact.Language = valid.Language;
        contact.Topics = valid.Topics;
        contact.Exploitation = valid.Exploitation;
        contact.Countries = valid.Countries;
        contact.MinorInvolved = valid.MinorInvolved;
        contact.ImminentDanger = valid.ImminentDanger;
        contact.DurationMinutes = valid.DurationMinutes;
        contact.Outcome = valid.Outcome;
        if (valid.CallerGiven)
        {
            contact.CallerIndex = valid.CallerIndex;
        }

        if (valid.NoteGiven)
        {
            ContactNotes.Seal(contact, valid.Note, key);
        }

        if (valid.Outcome != ContactVocabulary.CallBack)
        {
            contact.CallBackDueAt = null;
            contact.CallBackClaimedAt = null;
            contact.CallBackClaimedBy = null;
        }
        else
        {
            // Unless given, a call-back is due a day after it was asked for.
            contact.CallBackDueAt = valid.CallBackDueAt ?? contact.CallBackDueAt ?? now.AddHours(24);
        }
    }

    public static ContactRevisionEntity Snapshot(ContactEntity contact, DateTimeOffset at, Guid? by, string? reason, bool callerChanged) => new()
    {
        ContactId = contact.Id,
        Revision = contact.Revision,
        ChangedAt = at,
        ChangedBy = by,
        Reason = reason,
        CallerChanged = callerChanged,
        Fields = JsonSerializer.Serialize(
            new
            {
                contact.OccurredAt,
                contact.Channel,
                contact.Direction,
                contact.CallerType,
                contact.Language,
                contact.Topics,
                contact.Exploitation,
                contact.Countries,
                contact.MinorInvolved,
                contact.ImminentDanger,
                contact.DurationMinutes,
                contact.Outcome,
                contact.CallBackDueAt,
            },
            JsonSerializerOptions.Web),
        NoteCiphertext = contact.NoteCiphertext,
        NoteNonce = contact.NoteNonce,
        NoteTag = contact.NoteTag,
        NoteWrappedKey = contact.NoteWrappedKey,
        NoteMasterKeyId = contact.NoteMasterKeyId,
    };
}
