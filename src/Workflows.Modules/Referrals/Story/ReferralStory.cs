using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Referrals.Storage;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Referrals.Story;

/// <summary>
/// Referrals told as they went: sent to whom for what, the partner's answer with the appointment, completion.
/// Service names come in the three languages (<c>services</c>, <c>services.sr-Latn</c>, <c>services.sr-Cyrl</c>):
/// the catalogue is this module's, so the web app cannot word them itself.
/// </summary>
internal sealed class ReferralStory(WorkflowsDbContext db) : ICaseStorySource
{
    public async Task<IReadOnlyList<CaseStoryEntry>> ForCaseAsync(Guid caseId, int limit, CancellationToken cancellationToken)
    {
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.CaseId == caseId)
            .OrderByDescending(r => r.CreatedAt).Take(limit).ToListAsync(cancellationToken);
        if (referrals.Count == 0)
        {
            return [];
        }

        var partnerIds = referrals.Where(r => r.PartnerId is not null).Select(r => r.PartnerId!.Value).Distinct().ToList();
        var partners = await db.Partners.AsNoTracking().Where(p => partnerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var catalogue = await db.ServiceTypes.AsNoTracking().ToDictionaryAsync(s => s.Key, cancellationToken);
        var story = new List<CaseStoryEntry>();
        foreach (var r in referrals)
        {
            var partner = r.PartnerId is { } p ? partners.GetValueOrDefault(p) : null;
            string Labels(Func<ServiceTypeEntity, string> label) => string.Join(", ", r.Services.Select(k => catalogue.TryGetValue(k, out var s) ? label(s) : k));
            var common = new List<(string, string?)>
            {
                ("referralId", r.Id.ToString("D")),
                ("partner", partner),
                ("services", Labels(s => s.LabelEn)),
                ("services.sr-Latn", Labels(s => s.LabelSrLatn)),
                ("services.sr-Cyrl", Labels(s => s.LabelSrCyrl)),
            };
            var incoming = r.Direction == ReferralDirections.Incoming;
            story.Add(new CaseStoryEntry(r.CreatedAt, incoming ? "story.referralReceived" : r.Status == ReferralStatuses.NotSent ? "story.referralNotSent" : "story.referralSent", StoryArgs.Of([.. common]), r.CreatedBy));
            if (r.AnsweredAt is { } answeredAt && r.Status is ReferralStatuses.Accepted or ReferralStatuses.Declined or ReferralStatuses.Completed)
            {
                var accepted = r.Status != ReferralStatuses.Declined;
                story.Add(new CaseStoryEntry(answeredAt, accepted ? "story.referralAccepted" : "story.referralDeclined",
                    StoryArgs.Of([.. common, ("appointmentAt", r.AppointmentAt is { } a ? StoryArgs.Iso(a) : null)]), null));
            }

            if (r.CompletedAt is { } completedAt)
            {
                story.Add(new CaseStoryEntry(completedAt, "story.referralCompleted", StoryArgs.Of([.. common]), null));
            }
        }

        return story;
    }
}
