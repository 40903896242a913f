using Astra.Workflows.Modules.Platform.Crypto;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Hotline.Contacts;

/// <summary>
/// The hotline's part of a master-key rotation: the data keys of contact notes and of the notes kept in the
/// correction history (both bound to the contact's id). Caller indexes cannot follow (there is no number to
/// re-hash); see ADR 0033.
/// </summary>
public sealed class ContactNoteRotation : ISealedRecordRotation
{
    public string Records => "hotline note";

    public Task<int> RewrapAsync(WorkflowsDbContext db, MasterKey oldKey, MasterKey newKey, CancellationToken cancellationToken) =>
        RewrapAllAsync(db, oldKey, newKey, cancellationToken: cancellationToken);

    public static async Task<int> RewrapAllAsync(WorkflowsDbContext db, MasterKey from, MasterKey to, int batchSize = 500, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var contacts = db.HotlineContacts.IgnoreQueryFilters();
        var revisions = db.HotlineContactRevisions.IgnoreQueryFilters();

        var total = await DataKeyRewrap.RunAsync(
            (n, ct) => contacts.Where(x => x.NoteMasterKeyId == from.Id).OrderBy(x => x.Id).Take(n)
                .Select(x => new WrappedDataKey<Guid>(x.Id, x.Id, x.NoteWrappedKey!)).ToListAsync(ct),
            (row, wrapped, ct) => contacts.Where(x => x.Id == row.RowId && x.NoteMasterKeyId == from.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.NoteWrappedKey, wrapped).SetProperty(x => x.NoteMasterKeyId, to.Id), ct),
            from, to, batchSize, cancellationToken);

        total += await DataKeyRewrap.RunAsync(
            (n, ct) => revisions.Where(x => x.NoteMasterKeyId == from.Id).OrderBy(x => x.Id).Take(n)
                .Select(x => new WrappedDataKey<long>(x.Id, x.ContactId, x.NoteWrappedKey!)).ToListAsync(ct),
            (row, wrapped, ct) => revisions.Where(x => x.Id == row.RowId && x.NoteMasterKeyId == from.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.NoteWrappedKey, wrapped).SetProperty(x => x.NoteMasterKeyId, to.Id), ct),
            from, to, batchSize, cancellationToken);

        return total;
    }
}
