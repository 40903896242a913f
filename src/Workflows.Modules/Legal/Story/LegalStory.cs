using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Legal.Story;

/// <summary>Proceedings registered and every hearing change (scheduled, moved, edited, cancelled), from the hearing history.</summary>
internal sealed class LegalStory(WorkflowsDbContext db) : ICaseStorySource
{
    public async Task<IReadOnlyList<CaseStoryEntry>> ForCaseAsync(Guid caseId, int limit, CancellationToken cancellationToken)
    {
        var proceedings = await db.Proceedings.AsNoTracking().Where(p => p.CaseId == caseId)
            .Select(p => new { p.Id, p.Court, p.Kind, p.CreatedAt, p.CreatedBy }).ToListAsync(cancellationToken);
        var courts = proceedings.ToDictionary(p => p.Id, p => p.Court);
        var changes = await (from h in db.HearingHistory.AsNoTracking()
                             join hearing in db.Hearings.AsNoTracking() on h.HearingId equals hearing.Id
                             where h.CaseId == caseId
                             orderby h.At descending
                             select new { h.Change, h.StartsAt, h.Kind, h.At, h.By, hearing.ProceedingId })
            .Take(limit).ToListAsync(cancellationToken);
        var story = proceedings.Select(p => new CaseStoryEntry(p.CreatedAt, "story.proceedingRegistered", StoryArgs.Of(("court", p.Court), ("proceedingKind", p.Kind)), p.CreatedBy)).ToList();
        story.AddRange(changes.Select(c => new CaseStoryEntry(
            c.At,
            c.Change switch { "scheduled" => "story.hearingScheduled", "rescheduled" => "story.hearingMoved", "cancelled" => "story.hearingCancelled", _ => "story.hearingEdited" },
            StoryArgs.Of(("hearingKind", c.Kind), ("startsAt", StoryArgs.Iso(c.StartsAt)), ("court", courts.GetValueOrDefault(c.ProceedingId))),
            c.By)));
        return story;
    }
}
