using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Referrals.Storage;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Referrals.Contracts;

/// <summary>Outgoing referrals without an answer, and how many of them are past their respond-within deadline.</summary>
public sealed record WaitingReferrals(int Waiting, int PastDeadline);

/// <summary>
/// What the Director's overview shows of referrals. Waiting: sent and not answered, plus those whose deadline passed
/// without an answer in the last <see cref="RecentDays"/> days (expired: the partner can no longer answer online, so
/// someone has to phone or refer elsewhere). Past deadline: those of them whose respond-by has passed. Counts only.
/// </summary>
public static class ReferralsWaiting
{
    public const int RecentDays = 30;

    public static async Task<WaitingReferrals> CountAsync(WorkflowsDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var since = now.AddDays(-RecentDays);
        var counts = await db.Referrals.AsNoTracking()
            .Where(r => r.Direction == ReferralDirections.Outgoing
                && (r.Status == ReferralStatuses.Sent || (r.Status == ReferralStatuses.Expired && r.RespondBy >= since)))
            .GroupBy(r => r.RespondBy != null && r.RespondBy < now)
            .Select(g => new { Past = g.Key, N = g.Count() })
            .ToListAsync(cancellationToken);
        return new WaitingReferrals(counts.Sum(c => c.N), counts.Where(c => c.Past).Sum(c => c.N));
    }
}
