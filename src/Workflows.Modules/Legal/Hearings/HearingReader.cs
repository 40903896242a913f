using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Legal.Storage;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Legal.Hearings;

internal static class HearingReader
{
    public static async Task<HearingResponse> ResponseAsync(WorkflowsDbContext db, HearingEntity h, ProceedingEntity p, HearingDays days, CancellationToken cancellationToken)
    {
        var history = await db.HearingHistory.AsNoTracking().Where(c => c.HearingId == h.Id).OrderBy(c => c.Revision)
            .Select(c => new HearingChangeResponse(c.Change, c.StartsAt, c.Kind, c.Room, c.At, c.By)).ToListAsync(cancellationToken);
        // Computed on read so a closure added later also marks hearings already on that day.
        var reason = days.NonWorkingReason(h.StartsAt);
        return new HearingResponse(h.Id, h.ProceedingId, h.CaseId, p.CaseCode, p.Court, h.StartsAt, h.Kind, h.Room, h.Notes, h.Status, h.Revision, history, reason is not null, reason);
    }

    public static void Record(WorkflowsDbContext db, HearingEntity h, string change, Guid by, DateTimeOffset now) =>
        db.HearingHistory.Add(new HearingHistoryEntity
        {
            Id = Guid.CreateVersion7(now),
            HearingId = h.Id,
            CaseId = h.CaseId,
            Revision = h.Revision,
            Change = change,
            StartsAt = h.StartsAt,
            Kind = h.Kind,
            Room = h.Room,
            At = now,
            By = by,
        });
}
