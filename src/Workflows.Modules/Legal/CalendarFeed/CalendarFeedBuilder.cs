using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Modules.Legal.Contracts;
using Astra.Workflows.Modules.Legal.Hearings;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Legal.Storage;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Astra.Workflows.Modules.Legal.CalendarFeed;

/// <summary>
/// One lawyer's hearings and deadlines as iCalendar. Every text field is built from the case code, court and kind only:
/// notes, rooms and anything about the client stay out, since calendars sync to phones and third-party servers.
/// UIDs are the row ids, so a rescheduled hearing updates its event instead of adding one.
/// </summary>
public sealed class CalendarFeedBuilder(IOptions<LegalOptions> options)
{
    /// <param name="db">An unfiltered context: the owner's proceedings and case teams are checked here explicitly.</param>
    public async Task<string> BuildAsync(WorkflowsDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var teamCases = CaseTeams.CaseIdsOf(db, userId);
        var proceedings = await db.Proceedings.AsNoTracking()
            .Where(p => db.ProceedingLawyers.Any(l => l.ProceedingId == p.Id && l.UserId == userId)
                && teamCases.Contains(p.CaseId))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var ids = proceedings.Keys.ToList();
        var hearings = await db.Hearings.AsNoTracking().Where(h => ids.Contains(h.ProceedingId)).OrderBy(h => h.StartsAt).ToListAsync(cancellationToken);
        var deadlines = await db.LegalDeadlines.AsNoTracking().Where(d => ids.Contains(d.ProceedingId)).OrderBy(d => d.DueOn).ToListAsync(cancellationToken);
        var kinds = await db.LegalDeadlineKinds.AsNoTracking().ToDictionaryAsync(k => k.Key, cancellationToken);
        // The owner's chosen language (the feed has no request language: calendar apps send their own).
        var language = UserLanguages.Supported(await db.UserClaims.AsNoTracking()
            .Where(c => c.UserId == userId && c.ClaimType == UserLanguages.ClaimType).Select(c => c.ClaimValue).FirstOrDefaultAsync(cancellationToken)) ?? "en";

        var calendar = new Ical.Net.Calendar { ProductId = "-//ASTRA//Workflows legal calendar//EN" };
        calendar.AddProperty("X-WR-CALNAME", FeedTexts.CalendarName(language));
        foreach (var hearing in hearings)
        {
            calendar.Events.Add(Hearing(hearing, proceedings[hearing.ProceedingId], language));
        }

        foreach (var deadline in deadlines)
        {
            calendar.Events.Add(Deadline(deadline, proceedings[deadline.ProceedingId], language, DeadlineKindLabels.Of(kinds, deadline.Kind, language)));
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    private CalendarEvent Hearing(HearingEntity hearing, ProceedingEntity proceeding, string language)
    {
        var e = new CalendarEvent
        {
            Uid = $"hearing-{hearing.Id:D}@astra-workflows",
            Summary = FeedTexts.Hearing(language, hearing.Kind, proceeding.CaseCode, proceeding.Court),
            Location = FeedTexts.Court(language, proceeding.Court),
            Description = FeedTexts.Hearing(language, hearing.Kind, proceeding.CaseCode, proceeding.Court),
            Start = new CalDateTime(hearing.StartsAt.UtcDateTime, "UTC"),
            Duration = Duration.FromHours(2),
            Sequence = hearing.Revision,
            DtStamp = new CalDateTime(hearing.UpdatedAt.UtcDateTime, "UTC"),
            Status = hearing.Status == LegalStatuses.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
        if (hearing.Status != LegalStatuses.Cancelled)
        {
            foreach (var days in options.Value.AlertDays.Distinct().OrderByDescending(d => d))
            {
                e.Alarms.Add(Alarm(Duration.FromDays(-days), e.Summary));
            }
        }

        return e;
    }

    private static CalendarEvent Deadline(LegalDeadlineEntity deadline, ProceedingEntity proceeding, string language, string kindName)
    {
        var summary = FeedTexts.Deadline(language, kindName, proceeding.CaseCode, proceeding.Court);
        var e = new CalendarEvent
        {
            Uid = $"deadline-{deadline.Id:D}@astra-workflows",
            Summary = summary,
            Location = FeedTexts.Court(language, proceeding.Court),
            Description = $"{summary}; {FeedTexts.LastDay(language, deadline.DueOn)}",
            Start = new CalDateTime(deadline.DueOn),
            End = new CalDateTime(deadline.DueOn.AddDays(1)),
            DtStamp = new CalDateTime(deadline.CreatedAt.UtcDateTime, "UTC"),
            Status = deadline.Status == LegalStatuses.Completed ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
        if (deadline.Status == LegalStatuses.Open)
        {
            e.Alarms.Add(Alarm(Duration.FromDays(-3), e.Summary));
            e.Alarms.Add(Alarm(Duration.FromDays(-1), e.Summary));
        }

        return e;
    }

    private static Alarm Alarm(Duration before, string summary) =>
        new() { Action = AlarmAction.Display, Description = summary, Trigger = new Trigger(before) };
}
