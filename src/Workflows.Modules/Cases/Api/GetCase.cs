using Astra.Workflows.Modules.Users.Contracts;
using Astra.Workflows.Modules.Tasks.Contracts;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Cases.Teams;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Definitions.Contracts;
using Astra.Workflows.Modules.Legal.Contracts;
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
        Guid id,
        WorkflowsDbContext db,
        ITaskReads tasks,
        IInstanceReads instanceReads,
        ILegalReads legal,
        IEnumerable<Contracts.ICaseStorySource> storySources,
        HttpContext http,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var entity = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (entity is null)
        {
            return TypedResults.NotFound();
        }

        var instances = (await instanceReads.OfCaseAsync(id, cancellationToken))
            .Select(i => new CaseInstanceSummary(i.Id, i.DefinitionId, i.Version, i.Status, i.CreatedAt, i.Name))
            .ToList();
        var response = new CaseDetailResponse(
            entity.Id,
            entity.Code,
            entity.Phase,
            entity.OpenedAt,
            instances,
            await TeamAsync(db, id, cancellationToken),
            await OpenTasksAsync(tasks, id, cancellationToken),
            await ProceedingsAsync(legal, id, cancellationToken),
            await TimelineAsync(instanceReads, instances, cancellationToken),
            await CaseStory.TellAsync(db, storySources, id, TimelineSize, cancellationToken));

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

    private static async Task<List<CaseOpenTask>> OpenTasksAsync(ITaskReads tasks, Guid caseId, CancellationToken cancellationToken) =>
        (await tasks.OpenOfCaseAsync(caseId, cancellationToken))
            .Select(t => new CaseOpenTask(t.Id, t.Title, t.TaskType, t.Role, t.AssigneeId, t.Status, t.DueAt, t.EscalationLevel))
            .ToList();

    private static async Task<List<CaseProceeding>> ProceedingsAsync(ILegalReads legal, Guid caseId, CancellationToken cancellationToken) =>
        (await legal.OfCaseAsync(caseId, cancellationToken)).Select(p => new CaseProceeding(
                p.Id,
                p.Court,
                p.Kind,
                p.CourtCaseNumber,
                p.Status,
                p.Hearings.Select(h => new CaseHearing(h.Id, h.StartsAt, h.Kind, h.Room, h.Status)).ToList(),
                p.Deadlines.Select(d => new CaseDeadline(d.Id, d.Kind, d.DueOn, d.Hard, d.Status)).ToList()))
            .ToList();

    private static async Task<List<CaseTimelineEntry>> TimelineAsync(
        IInstanceReads instanceReads, List<CaseInstanceSummary> instances, CancellationToken cancellationToken)
    {
        var byId = instances.ToDictionary(i => i.Id);
        var entries = await instanceReads.NewestJournalAsync(instances.Select(i => i.Id).ToList(), TimelineSize, cancellationToken);
        return entries.Select(j => new CaseTimelineEntry(
            j.At,
            j.InstanceId,
            byId.GetValueOrDefault(j.InstanceId)?.DefinitionId ?? string.Empty,
            j.Kind,
            j.ActivityId,
            j.ActivityType,
            j.Actor,
            j.Outcome,
            byId.GetValueOrDefault(j.InstanceId)?.Name ?? string.Empty,
            j.ActivityName)).ToList();
    }
}
