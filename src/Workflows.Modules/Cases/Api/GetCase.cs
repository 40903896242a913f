using Astra.Workflows.Modules.Users.Contracts;
using Astra.Workflows.Modules.Tasks.Contracts;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Cases.Teams;
using Astra.Workflows.Modules.Users.Accounts;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Tasks.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Cases.Api;

internal static class GetCase
{
    /// <summary>The newest journal entries shown on a case; older ones are in each instance's journal.</summary>
    public const int TimelineSize = 200;

    public static RouteGroupBuilder MapGetCase(this RouteGroupBuilder cases)
    {
        cases.MapGet("/{id:guid}", HandleAsync).WithName("GetCase")
            .WithSummary("Read a case")
            .WithDescription("A case with its team, open tasks, proceedings, instances and newest journal entries. A case the caller may not see is 404.");
        return cases;
    }

    // Every read goes through the request's context, so need-to-know filters each part as well as the case itself.
    private static async Task<Results<Ok<CaseDetailResponse>, NotFound>> HandleAsync(
        Guid id, WorkflowsDbContext db, HttpContext http, TimeProvider time, CancellationToken cancellationToken)
    {
        var entity = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (entity is null)
        {
            return TypedResults.NotFound();
        }

        var instances = await db.Instances.AsNoTracking()
            .Where(i => i.CaseId == id)
            .OrderBy(i => i.CreatedAt)
            .Select(i => new CaseInstanceSummary(i.Id, i.DefinitionId, i.DefinitionVersion, i.Status, i.CreatedAt))
            .ToListAsync(cancellationToken);
        var response = new CaseDetailResponse(
            entity.Id,
            entity.Code,
            entity.Phase,
            entity.OpenedAt,
            instances,
            await TeamAsync(db, id, cancellationToken),
            await OpenTasksAsync(db, id, cancellationToken),
            await ProceedingsAsync(db, id, cancellationToken),
            await TimelineAsync(db, id, instances, cancellationToken));

        // The case page shows the team, tasks, proceedings and journal of one person's case: who opened it is recorded.
        await db.RecordReadAsync(http, time, AuditActions.CaseRead, "case", id, id, entity.Code, cancellationToken);

        return TypedResults.Ok(response);
    }

    private static async Task<List<CaseTeamMember>> TeamAsync(WorkflowsDbContext db, Guid caseId, CancellationToken cancellationToken)
    {
        var members = await TeamReader.ReadAsync(db, caseId, cancellationToken);
        var rolesOf = await UserRoleNames.ForAsync(db, members.Select(m => m.UserId).ToList(), cancellationToken);
        return members.Select(m => new CaseTeamMember(m.UserId, m.DisplayName, rolesOf(m.UserId))).ToList();
    }

    private static Task<List<CaseOpenTask>> OpenTasksAsync(WorkflowsDbContext db, Guid caseId, CancellationToken cancellationToken) =>
        db.Tasks.AsNoTracking()
            .Where(t => t.CaseId == caseId && t.Status == TaskStatuses.Open)
            .OrderBy(t => t.DueSort).ThenByDescending(t => t.Priority).ThenBy(t => t.Id)
            .Select(t => new CaseOpenTask(t.Id, t.Title, t.TaskType, t.Role, t.AssigneeId, t.Status, t.DueAt, t.EscalationLevel))
            .ToListAsync(cancellationToken);

    private static async Task<List<CaseProceeding>> ProceedingsAsync(WorkflowsDbContext db, Guid caseId, CancellationToken cancellationToken)
    {
        var proceedings = await db.Proceedings.AsNoTracking().Where(p => p.CaseId == caseId).OrderBy(p => p.CreatedAt).ToListAsync(cancellationToken);
        var hearings = (await db.Hearings.AsNoTracking().Where(h => h.CaseId == caseId).OrderBy(h => h.StartsAt).ToListAsync(cancellationToken))
            .ToLookup(h => h.ProceedingId);
        var deadlines = (await db.LegalDeadlines.AsNoTracking().Where(d => d.CaseId == caseId).OrderBy(d => d.DueOn).ToListAsync(cancellationToken))
            .ToLookup(d => d.ProceedingId);
        return proceedings.Select(p => new CaseProceeding(
                p.Id,
                p.Court,
                p.Kind,
                p.CourtCaseNumber,
                p.Status,
                hearings[p.Id].Select(h => new CaseHearing(h.Id, h.StartsAt, h.Kind, h.Room, h.Status)).ToList(),
                deadlines[p.Id].Select(d => new CaseDeadline(d.Id, d.Kind, d.DueOn, d.Hard, d.Status)).ToList()))
            .ToList();
    }

    private static async Task<List<CaseTimelineEntry>> TimelineAsync(
        WorkflowsDbContext db, Guid caseId, List<CaseInstanceSummary> instances, CancellationToken cancellationToken)
    {
        var definitions = instances.ToDictionary(i => i.Id, i => i.DefinitionId);
        var ids = instances.Select(i => i.Id).ToList();
        var entries = await db.Journal.AsNoTracking()
            .Where(j => ids.Contains(j.InstanceId))
            .OrderByDescending(j => j.At).ThenByDescending(j => j.Sequence)
            .Take(TimelineSize)
            .Select(j => new { j.At, j.InstanceId, j.Kind, j.ActivityId, j.ActivityType, j.Actor, j.Outcome })
            .ToListAsync(cancellationToken);
        return entries.Select(j => new CaseTimelineEntry(j.At, j.InstanceId, definitions.GetValueOrDefault(j.InstanceId, string.Empty), j.Kind, j.ActivityId, j.ActivityType, j.Actor, j.Outcome)).ToList();
    }
}
