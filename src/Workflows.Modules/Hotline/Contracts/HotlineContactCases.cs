using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Hotline.Contracts;

/// <summary>
/// The case a hotline contact became, found by the contact's code (<c>KT-…</c>). Only the id: whether the caller may
/// see that case is the Cases module's need-to-know filter, applied by the caller.
/// </summary>
public static class HotlineContactCases
{
    public static Task<Guid?> CaseOfAsync(WorkflowsDbContext db, string contactCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.HotlineContacts.AsNoTracking()
            .Where(c => c.Code == contactCode && c.CaseId != null)
            .Select(c => c.CaseId)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
