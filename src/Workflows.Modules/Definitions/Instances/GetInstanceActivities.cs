using Astra.Workflows.Modules.Tasks.Contracts;
using Astra.Workflows.Engine.Ports;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Definitions.Instances;

/// <summary>Values of <see cref="ActivityStateResponse.State"/>.</summary>
internal static class ActivityStates
{
    public const string Done = "done";
    public const string Waiting = "waiting";
    public const string Faulted = "faulted";
    public const string NotReached = "notReached";

    /// <summary>A join that has taken in some of its branches and waits for the rest.</summary>
    public const string Active = "active";
}

/// <summary>
/// The instance viewer's data: the state of every activity of the definition version the instance runs, from the
/// journal (done, outcome), bookmarks and open tasks (waiting), joins (active) and open incidents (faulted).
/// The same need-to-know as <c>GET /api/instances/{id}</c>: an instance of a case the viewer cannot see is 404.
/// </summary>
internal static class GetInstanceActivities
{
    public static RouteGroupBuilder MapGetInstanceActivities(this RouteGroupBuilder instances)
    {
        instances.MapGet("/{id:guid}/activities", HandleAsync).WithName("GetInstanceActivities")
            .WithSummary("Read an instance's activities")
            .WithDescription("The state of every activity of the definition version the instance runs (done, waiting, active, faulted) for the instance viewer. An instance of a case the caller may not see is 404.");
        return instances;
    }

    private static async Task<Results<Ok<InstanceActivitiesResponse>, NotFound>> HandleAsync(
        Guid id, IInstanceStore store, IDefinitionProvider definitions, WorkflowsDbContext db, ITaskReads tasks, CancellationToken cancellationToken)
    {
        if (await InstanceReader.LoadVisibleAsync(id, store, db, cancellationToken) is not var (instance, journal))
        {
            return TypedResults.NotFound();
        }

        var definition = await definitions.GetVersionAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken)
            ?? throw new InvalidOperationException($"Definition {instance.DefinitionId} v{instance.DefinitionVersion} of instance {id} is missing.");
        var openTasks = await tasks.OpenOfInstanceAsync(id, cancellationToken);
        var completed = journal
            .Where(j => j.Kind == nameof(JournalEntryKind.ActivityCompleted) && j.ActivityId is not null)
            .GroupBy(j => j.ActivityId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(j => j.Sequence)!, StringComparer.Ordinal);

        var activities = definition.Definition.Activities.Select(activity =>
        {
            completed.TryGetValue(activity.Id, out var done);
            var incident = instance.Incidents.Where(i => i.IsOpen && i.ActivityId == activity.Id).MaxBy(i => i.At);
            var bookmark = instance.Bookmarks.Find(b => b.ActivityId == activity.Id);
            ActivityWaitResponse? waiting = null;
            if (bookmark is not null)
            {
                var task = bookmark.Kind == BookmarkKinds.Task ? openTasks.Find(t => t.BookmarkKey == bookmark.Key) : null;
                waiting = task is not null
                    ? new ActivityWaitResponse(bookmark.Kind, task.Title, task.DueAt, task.Id)
                    : new ActivityWaitResponse(bookmark.Kind, NameOf(bookmark), bookmark.DueAt, null);
            }

            var state = incident is not null ? ActivityStates.Faulted
                : waiting is not null ? ActivityStates.Waiting
                : instance.Joins.ContainsKey(activity.Id) ? ActivityStates.Active
                : done is not null ? ActivityStates.Done
                : ActivityStates.NotReached;
            return new ActivityStateResponse(
                activity.Id,
                activity.Type,
                activity.Name,
                state,
                done?.At,
                done?.Outcome,
                waiting,
                incident is null ? null : new ActivityIncidentResponse(incident.Id, incident.Message, incident.At));
        }).ToList();

        return TypedResults.Ok(new InstanceActivitiesResponse(instance.Id, instance.DefinitionId, instance.DefinitionVersion, instance.Status.ToString(), activities));
    }

    /// <summary>An event bookmark's key is <c>event:{name}:{case}</c>; the name is what a person recognises.</summary>
    private static string? NameOf(Bookmark bookmark) =>
        bookmark.Kind == BookmarkKinds.Event && bookmark.Key is { } key && key.StartsWith("event:", StringComparison.Ordinal) && key.LastIndexOf(':') > "event:".Length
            ? key["event:".Length..key.LastIndexOf(':')]
            : bookmark.Key;
}
