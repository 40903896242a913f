using Astra.Workflows.Modules.Platform.Crypto;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Hotline.Contacts;

/// <summary>
/// The hotline's part of a master-key rotation: re-wraps the data keys of contact notes and of the notes kept in
/// the correction history, in committed batches like the client identities. Caller indexes cannot follow (there is
/// no number to re-hash); see ADR 0033.
/// </summary>
public static class ContactNoteRotation
{
    public static async Task<int> RewrapAllAsync(WorkflowsDbContext db, MasterKey from, MasterKey to, int batchSize = 500, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var total = 0;
        while (true)
        {
            var batch = await db.HotlineContacts.Where(c => c.NoteMasterKeyId == from.Id).OrderBy(c => c.Id).Take(batchSize).ToListAsync(cancellationToken);
            foreach (var contact in batch)
            {
                contact.NoteWrappedKey = to.Wrap(Unwrapped(contact.NoteWrappedKey!, contact.Id, from), contact.Id);
                contact.NoteMasterKeyId = to.Id;
            }

            var revisions = await db.HotlineContactRevisions.Where(r => r.NoteMasterKeyId == from.Id).OrderBy(r => r.Id).Take(batchSize).ToListAsync(cancellationToken);
            foreach (var revision in revisions)
            {
                revision.NoteWrappedKey = to.Wrap(Unwrapped(revision.NoteWrappedKey!, revision.ContactId, from), revision.ContactId);
                revision.NoteMasterKeyId = to.Id;
            }

            if (batch.Count == 0 && revisions.Count == 0)
            {
                return total;
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            total += batch.Count + revisions.Count;
        }
    }

    private static byte[] Unwrapped(byte[] wrapped, Guid contactId, MasterKey from) => from.Unwrap(wrapped, contactId);
}
