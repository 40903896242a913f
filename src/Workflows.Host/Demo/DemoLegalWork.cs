using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.Modules.Legal.Deadlines;
using Astra.Workflows.Modules.Legal.Hearings;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Cases.Storage;
using Astra.Workflows.Modules.Legal.Storage;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Host.Demo;

/// <summary>
/// Proceedings, hearings and legal deadlines for the demo lawyer, written the way the API's endpoints write them
/// (<c>CreateProceeding</c>, <c>ScheduleHearing</c>, <c>CancelHearing</c>, <c>CreateDeadline</c>) and through the same
/// services, so hearing alerts and deadline escalations are armed and the hearing events raised as for a real one.
/// Courts are real court names; numbers and everything else are invented.
/// </summary>
internal static class DemoLegalWork
{
    public const string DemoLawyer = "lawyer@astra.local";

    /// <summary>A soft (internal) deadline kind: the six legal kinds are all hard, and the demo shows both.</summary>
    public const string SoftKind = "written-submission";

    public static async Task<Guid> RegisterProceedingAsync(this DemoRun demo, Guid caseId, string kind, string court, string courtCaseNumber, string clientRole)
    {
        var lawyer = demo.UserId(DemoLawyer);
        await using var scope = demo.Services.CreateAsyncScope();
        await using var db = await NewContextAsync(scope);
        var @case = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId);
        var now = demo.Now;
        var proceeding = new ProceedingEntity
        {
            Id = Guid.CreateVersion7(now),
            CaseId = caseId,
            CaseCode = @case.Code,
            Kind = kind,
            Court = court,
            CourtCaseNumber = courtCaseNumber,
            ClientRole = clientRole,
            LeadLawyerId = lawyer,
            CreatedAt = now,
            CreatedBy = lawyer,
        };
        db.Proceedings.Add(proceeding);
        db.ProceedingLawyers.Add(new ProceedingLawyerEntity { ProceedingId = proceeding.Id, UserId = lawyer, CaseId = caseId, Lead = true });
        CaseTeams.Add(db, caseId, lawyer, lawyer, now);
        await db.SaveChangesAsync();
        return proceeding.Id;
    }

    /// <summary>Schedules a hearing at a Belgrade local time; alerts whose time has passed are not armed, as for any hearing.</summary>
    public static async Task<Guid> ScheduleHearingAsync(this DemoRun demo, Guid proceedingId, DateOnly day, TimeOnly at, string kind, string room)
    {
        var lawyer = demo.UserId(DemoLawyer);
        await using var scope = demo.Services.CreateAsyncScope();
        await using var db = await NewContextAsync(scope);
        var proceeding = await db.Proceedings.AsNoTracking().SingleAsync(p => p.Id == proceedingId);
        var now = demo.Now;
        var hearing = new HearingEntity
        {
            Id = Guid.CreateVersion7(now),
            ProceedingId = proceedingId,
            CaseId = proceeding.CaseId,
            StartsAt = OrganisationTime.FromLocal(day.ToDateTime(at)).ToUniversalTime(),
            Kind = kind,
            Room = room,
            Revision = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Hearings.Add(hearing);
        HearingReader.Record(db, hearing, "scheduled", lawyer, now);
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await scope.ServiceProvider.GetRequiredService<HearingAlerts>().ArmAsync(db, hearing, CancellationToken.None);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        await scope.ServiceProvider.GetRequiredService<HearingEvents>().RaiseAsync(HearingEvents.Scheduled, hearing, Actor(lawyer), CancellationToken.None);
        return hearing.Id;
    }

    public static async Task CancelHearingAsync(this DemoRun demo, Guid hearingId)
    {
        var lawyer = demo.UserId(DemoLawyer);
        await using var scope = demo.Services.CreateAsyncScope();
        await using var db = await NewContextAsync(scope);
        HearingEntity hearing;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            hearing = (await db.Hearings.FromSql($"SELECT * FROM astra.hearings WHERE id = {hearingId} FOR UPDATE").ToListAsync()).Single();
            var now = demo.Now;
            hearing.Status = LegalStatuses.Cancelled;
            hearing.Revision++;
            hearing.UpdatedAt = now;
            HearingReader.Record(db, hearing, "cancelled", lawyer, now);
            await HearingAlerts.DisarmAsync(db, hearing.Id, CancellationToken.None);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        await scope.ServiceProvider.GetRequiredService<HearingEvents>().RaiseAsync(HearingEvents.Cancelled, hearing, Actor(lawyer), CancellationToken.None);
    }

    /// <summary>Records a deadline served on <paramref name="servedOn"/>; its last day follows the legal-deadline rule, and hard ones escalate.</summary>
    public static async Task AddDeadlineAsync(this DemoRun demo, Guid proceedingId, string kindKey, DateOnly servedOn)
    {
        await using var scope = demo.Services.CreateAsyncScope();
        await using var db = await NewContextAsync(scope);
        var proceeding = await db.Proceedings.AsNoTracking().SingleAsync(p => p.Id == proceedingId);
        await LegalDeadlineKinds.EnsureAsync(db, CancellationToken.None);
        if (kindKey == SoftKind && !await db.LegalDeadlineKinds.AnyAsync(k => k.Key == SoftKind))
        {
            db.LegalDeadlineKinds.Add(new LegalDeadlineKindEntity { Key = SoftKind, Label = "Written submission (internal, soft)", LabelSrLatn = "Pisani podnesak (interni, instrukcioni rok)", Days = 15, Hard = false });
            await db.SaveChangesAsync();
        }

        var kind = await db.LegalDeadlineKinds.AsNoTracking().SingleAsync(k => k.Key == kindKey);
        var calendar = scope.ServiceProvider.GetRequiredService<IWorkingDayCalendar>();
        var now = demo.Now;
        var deadline = new LegalDeadlineEntity
        {
            Id = Guid.CreateVersion7(now),
            ProceedingId = proceedingId,
            CaseId = proceeding.CaseId,
            Kind = kind.Key,
            ServedOn = servedOn,
            DueOn = calendar.StatutoryPeriodEnd(servedOn, kind.Days),
            Hard = kind.Hard,
            CreatedAt = now,
        };
        db.LegalDeadlines.Add(deadline);
        scope.ServiceProvider.GetRequiredService<DeadlineEscalations>().Arm(db, deadline);
        await db.SaveChangesAsync();
    }

    /// <summary>The day a decision must have been served for a deadline of <paramref name="days"/> calendar days to end <paramref name="workingDays"/> working days from today.</summary>
    /// <summary>
    /// The day about <paramref name="days"/> from today, moved to the next working day: the API asks before scheduling a
    /// hearing on a weekend, holiday or closure, and demo hearings should look like ordinary ones.
    /// </summary>
    public static DateOnly HearingDay(this DemoRun demo, int days) =>
        demo.Services.GetRequiredService<IWorkingDayCalendar>().AddWorkingDays(demo.Today.AddDays(days), 0);

    public static DateOnly ServedForDueIn(this DemoRun demo, int workingDays, int days) =>
        demo.Services.GetRequiredService<IWorkingDayCalendar>().AddWorkingDays(demo.Today, workingDays).AddDays(-days);

    private static string Actor(Guid userId) => $"user:{userId}";

    // The system's context (no viewer), as the seeder's other steps use.
    private static Task<WorkflowsDbContext> NewContextAsync(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<IDbContextFactory<WorkflowsDbContext>>().CreateDbContextAsync();
}
