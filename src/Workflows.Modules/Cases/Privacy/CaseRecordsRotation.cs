using Astra.Workflows.Modules.Cases.Documents;
using Astra.Workflows.Modules.Cases.Notes;
using Astra.Workflows.Modules.Platform.Crypto;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Cases.Privacy;

/// <summary>
/// The case records' part of a master-key rotation: notes, document names and document contents. Without it the old
/// key could never be destroyed — everything sealed under it would be lost with it.
/// </summary>
public sealed class CaseRecordsRotation : ISealedRecordRotation
{
    public string Records => "case note and document";

    public Task<int> RewrapAsync(WorkflowsDbContext db, MasterKey oldKey, MasterKey newKey, CancellationToken cancellationToken) =>
        RewrapAllAsync(db, oldKey, newKey, cancellationToken: cancellationToken);

    public static async Task<int> RewrapAllAsync(WorkflowsDbContext db, MasterKey from, MasterKey to, int batchSize = 200, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);

        // A command runs without a signed-in user: need-to-know filters do not apply to it.
        var notes = db.Set<CaseNoteEntity>().IgnoreQueryFilters();
        var documents = db.Set<CaseDocumentEntity>().IgnoreQueryFilters();
        var contents = db.Set<CaseDocumentContentEntity>().IgnoreQueryFilters();

        var total = await DataKeyRewrap.RunAsync(
            (n, ct) => notes.Where(x => x.MasterKeyId == from.Id).OrderBy(x => x.Id).Take(n)
                .Select(x => new WrappedDataKey<Guid>(x.Id, x.CaseId, x.WrappedDataKey)).ToListAsync(ct),
            (row, wrapped, ct) => notes.Where(x => x.Id == row.RowId && x.MasterKeyId == from.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.WrappedDataKey, wrapped).SetProperty(x => x.MasterKeyId, to.Id), ct),
            from, to, batchSize, cancellationToken);

        total += await DataKeyRewrap.RunAsync(
            (n, ct) => documents.Where(x => x.NameMasterKeyId == from.Id).OrderBy(x => x.Id).Take(n)
                .Select(x => new WrappedDataKey<Guid>(x.Id, x.CaseId, x.NameWrappedKey)).ToListAsync(ct),
            (row, wrapped, ct) => documents.Where(x => x.Id == row.RowId && x.NameMasterKeyId == from.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.NameWrappedKey, wrapped).SetProperty(x => x.NameMasterKeyId, to.Id), ct),
            from, to, batchSize, cancellationToken);

        total += await DataKeyRewrap.RunAsync(
            (n, ct) => contents.Where(x => x.MasterKeyId == from.Id).OrderBy(x => x.DocumentId).Take(n)
                .Select(x => new WrappedDataKey<Guid>(x.DocumentId, x.CaseId, x.WrappedDataKey)).ToListAsync(ct),
            (row, wrapped, ct) => contents.Where(x => x.DocumentId == row.RowId && x.MasterKeyId == from.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.WrappedDataKey, wrapped).SetProperty(x => x.MasterKeyId, to.Id), ct),
            from, to, batchSize, cancellationToken);

        return total;
    }
}
