using Astra.Workflows.Modules.Platform.Crypto;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Cases.Privacy;

/// <summary>
/// The client identities' part of a master-key rotation. Like every sealed record the data key is re-wrapped row by
/// row (resumable, payload never re-encrypted); an identity also carries blind indexes keyed by the master key, so
/// they are recomputed in the same statement — search keeps working the moment the row moves.
/// </summary>
public sealed class ClientIdentityRotation(TimeProvider time) : ISealedRecordRotation
{
    public string Records => "client identity";

    public Task<int> RewrapAsync(WorkflowsDbContext db, MasterKey oldKey, MasterKey newKey, CancellationToken cancellationToken) =>
        RewrapAllAsync(db, oldKey, newKey, time, cancellationToken: cancellationToken);

    public static Task<int> RewrapAllAsync(
        WorkflowsDbContext db, MasterKey from, MasterKey to, TimeProvider time, int batchSize = 200, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(time);

        // A command runs without a signed-in user: need-to-know filters do not apply to it.
        var rows = db.Set<ClientIdentityEntity>().IgnoreQueryFilters();
        return DataKeyRewrap.RunAsync(
            (n, ct) => rows.Where(x => x.MasterKeyId == from.Id).OrderBy(x => x.CaseId).Take(n)
                .Select(x => new WrappedDataKey<Guid>(x.CaseId, x.CaseId, x.WrappedDataKey)).ToListAsync(ct),
            async (row, wrapped, ct) =>
            {
                var entity = await rows.AsNoTracking().SingleOrDefaultAsync(x => x.CaseId == row.RowId && x.MasterKeyId == from.Id, ct);
                if (entity is null)
                {
                    return 0;
                }

                var identity = ClientIdentityCodec.Open(entity, from);
                var fullName = BlindIndex.FullName(identity.FullName, to);
                var documentNumbers = ClientIdentityCodec.DocumentNumberIndexes(identity, to);
                var now = time.GetUtcNow();
                return await rows.Where(x => x.CaseId == row.RowId && x.MasterKeyId == from.Id)
                    .ExecuteUpdateAsync(
                        s => s.SetProperty(x => x.WrappedDataKey, wrapped)
                            .SetProperty(x => x.MasterKeyId, to.Id)
                            .SetProperty(x => x.FullNameIndex, fullName)
                            .SetProperty(x => x.DocumentNumberIndexes, documentNumbers)
                            .SetProperty(x => x.UpdatedAt, now),
                        ct);
            },
            from, to, batchSize, cancellationToken);
    }

    /// <summary>Rows under neither key: a rotation that started from another key, which this run cannot fix.</summary>
    public static Task<int> CountForeignAsync(WorkflowsDbContext db, MasterKey from, MasterKey to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        return db.Set<ClientIdentityEntity>().IgnoreQueryFilters().CountAsync(c => c.MasterKeyId != from.Id && c.MasterKeyId != to.Id, cancellationToken);
    }
}
