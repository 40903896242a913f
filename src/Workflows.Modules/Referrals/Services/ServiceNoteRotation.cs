using Astra.Workflows.Modules.Platform.Crypto;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Referrals.Services;

/// <summary>The referrals' part of a master-key rotation: the sealed notes of services delivered (corrections included).</summary>
public sealed class ServiceNoteRotation : ISealedRecordRotation
{
    public string Records => "service note";

    public Task<int> RewrapAsync(WorkflowsDbContext db, MasterKey oldKey, MasterKey newKey, CancellationToken cancellationToken) =>
        RewrapAllAsync(db, oldKey, newKey, cancellationToken: cancellationToken);

    public static Task<int> RewrapAllAsync(WorkflowsDbContext db, MasterKey from, MasterKey to, int batchSize = 200, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var rows = db.ServicesDelivered.IgnoreQueryFilters();
        return DataKeyRewrap.RunAsync(
            (n, ct) => rows.Where(x => x.NoteMasterKeyId == from.Id).OrderBy(x => x.Id).Take(n)
                .Select(x => new WrappedDataKey<Guid>(x.Id, x.CaseId, x.NoteWrappedKey!)).ToListAsync(ct),
            (row, wrapped, ct) => rows.Where(x => x.Id == row.RowId && x.NoteMasterKeyId == from.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.NoteWrappedKey, wrapped).SetProperty(x => x.NoteMasterKeyId, to.Id), ct),
            from, to, batchSize, cancellationToken);
    }
}
