using System.Text.Json;
using Astra.Workflows.Engine.Activities;
using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Expressions;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.Engine.Validation;

namespace Astra.Workflows.Engine.Runtime;

/// <summary>
/// Runs bursts. Pure with respect to storage: takes an instance state and returns a <see cref="BurstResult"/>
/// changeset; it never loads or saves anything, so a burst that is not committed leaves no trace.
/// </summary>
public sealed class WorkflowRunner(ActivityRegistry registry, ExpressionService expressions, IWorkingDayCalendar calendar, RunnerOptions? options = null)
{
    private readonly RunnerOptions options = options ?? new RunnerOptions();

    public ActivityRegistry Registry => registry;

    /// <summary>Creates a new instance and runs it from its start activity until every branch waits or ends.</summary>
    /// <exception cref="StartInputException">A required input is missing; nothing ran.</exception>
    public async Task<BurstResult> StartAsync(DefinitionVersion definition, Guid instanceId, Guid? caseId, JsonElement input, RunContext context)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(context);
        if (StartInputValidator.Validate(definition.Definition, input) is { Count: > 0 } problems)
        {
            throw new StartInputException(problems);
        }

        var now = context.Time.GetUtcNow();
        var instance = new WorkflowInstance
        {
            Id = instanceId,
            DefinitionId = definition.DefinitionId,
            DefinitionVersion = definition.Version,
            CaseId = caseId,
            Input = input.ValueKind == JsonValueKind.Undefined ? JsonValues.EmptyObject : input.Clone(),
            Variables = definition.Definition.Variables
                .Where(v => v.Default is not null)
                .ToDictionary(v => v.Name, v => v.Default!.Value.Clone(), StringComparer.Ordinal)
                .ToImmutableDictionaryOrdinal(),
            CreatedAt = now,
            UpdatedAt = now,
        };
        using var burst = Open(BurstKind.Start, instance, definition, context);
        burst.Write(JournalEntryKind.InstanceStarted, null);
        var start = definition.Definition.Activities.FirstOrDefault(a => registry.TryGet(a.Type, out var t) && t.Descriptor.IsStart)
            ?? throw new InvalidOperationException($"Definition '{definition.DefinitionId}' v{definition.Version} has no start activity.");
        burst.Queue.AddLast(new PendingToken(NewId(burst), start.Id, null));
        await RunAsync(burst);
        return burst.Finish();
    }

    /// <summary>Consumes <paramref name="bookmarkId"/>, lets its activity continue with <paramref name="payload"/>, and runs on.</summary>
    public async Task<ResumeResult> ResumeAsync(DefinitionVersion definition, WorkflowInstance instance, string bookmarkId, ResumePayload payload, RunContext context)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(payload);
        if (instance.IsFinished)
        {
            return ResumeResult.Fail(ResumeStatus.InstanceFinished, $"Instance {instance.Id} is {instance.Status}.");
        }

        var bookmark = instance.Bookmarks.Find(b => b.Id == bookmarkId);
        if (bookmark is null)
        {
            return ResumeResult.Fail(ResumeStatus.BookmarkNotFound, $"Bookmark '{bookmarkId}' was not found on instance {instance.Id}: it does not exist or was already consumed.");
        }

        // Hangfire may fire a little early; a timer resumes only once it is really due.
        if (bookmark.DueAt is { } due && due > context.Time.GetUtcNow())
        {
            return ResumeResult.Fail(ResumeStatus.NotDue, $"Timer bookmark '{bookmarkId}' is due at {due:O}.");
        }

        using var burst = Open(BurstKind.Resume, instance, definition, context);
        burst.ConsumeBookmark(bookmark);
        var activity = burst.Graph.Find(bookmark.ActivityId)
            ?? throw new InvalidOperationException($"Activity '{bookmark.ActivityId}' is not in {definition.DefinitionId} v{definition.Version}.");
        burst.Write(JournalEntryKind.ActivityResumed, activity, payload.Outcome);
        var pending = new PendingToken(bookmark.TokenId, activity.Id, null);
        var type = registry.Get(activity.Type);
        await InvokeAsync(burst, pending, activity, type, ctx => type.ResumeAsync(ctx, bookmark, payload));
        await RunAsync(burst);
        return new ResumeResult(ResumeStatus.Resumed, burst.Finish());
    }

    /// <summary>Runs every faulted activity again and resolves their incidents.</summary>
    public async Task<BurstResult> RetryAsync(DefinitionVersion definition, WorkflowInstance instance, RunContext context)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(context);
        using var burst = Open(BurstKind.Retry, instance, definition, context);
        var now = burst.Now;
        burst.Write(JournalEntryKind.InstanceRetried, null);
        for (var i = 0; i < burst.Incidents.Count; i++)
        {
            if (burst.Incidents[i].IsOpen)
            {
                burst.Incidents[i] = burst.Incidents[i] with { ResolvedAt = now };
            }
        }

        foreach (var token in burst.Tokens.Where(t => t.Status == TokenStatus.Faulted).ToList())
        {
            burst.Tokens.Remove(token);
            burst.Queue.AddLast(new PendingToken(token.Id, token.ActivityId, null));
        }

        await RunAsync(burst);
        return burst.Finish();
    }

    /// <summary>Stops the instance: every bookmark is consumed (so its timer row goes too) and no branch runs again.</summary>
    public BurstResult Cancel(DefinitionVersion definition, WorkflowInstance instance, RunContext context)
    {
        ArgumentNullException.ThrowIfNull(instance);
        using var burst = Open(BurstKind.Cancel, instance, definition, context);
        foreach (var bookmark in burst.Bookmarks.ToList())
        {
            burst.ConsumeBookmark(bookmark);
        }

        burst.Tokens.Clear();
        burst.Joins.Clear();
        burst.Write(JournalEntryKind.InstanceCancelled, null);
        return burst.Finish(InstanceStatus.Cancelled);
    }

    private BurstState Open(BurstKind kind, WorkflowInstance instance, DefinitionVersion definition, RunContext context)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (instance.DefinitionId != definition.DefinitionId || instance.DefinitionVersion != definition.Version)
        {
            throw new ArgumentException($"Instance {instance.Id} runs {instance.DefinitionId} v{instance.DefinitionVersion}, not v{definition.Version}.", nameof(definition));
        }

        return new BurstState(kind, instance, definition, context, expressions.OpenSession(context.Time));
    }

    private async Task RunAsync(BurstState burst)
    {
        var executed = 0;
        while (burst.Queue.First is { } first)
        {
            burst.Queue.RemoveFirst();
            var pending = first.Value;
            var activity = burst.Graph.Find(pending.ActivityId)
                ?? throw new InvalidOperationException($"Activity '{pending.ActivityId}' is not in the definition.");
            if (++executed > options.MaxActivitiesPerBurst)
            {
                Fault(burst, pending, activity, $"More than {options.MaxActivitiesPerBurst} activities ran in one burst; a loop without a waiting activity?", null);
                continue;
            }

            var type = registry.Get(activity.Type);
            burst.Write(JournalEntryKind.ActivityStarted, activity);
            await InvokeAsync(burst, pending, activity, type, type.ExecuteAsync);
        }
    }

    private async Task InvokeAsync(BurstState burst, PendingToken pending, ActivityDefinition activity, IActivity type, Func<ActivityContext, ValueTask<ActivityResult>> run)
    {
        var context = new ActivityContext(burst, activity, type, pending.TokenId, pending.Via, calendar);
        ActivityResult result;
        try
        {
            result = await run(context);
        }
#pragma warning disable CA1031 // Any exception from an activity is an incident on the instance, never a crash of the node.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Fault(burst, pending, activity, ex.Message, ex.GetType().FullName);
            return;
        }

        switch (result)
        {
            case ActivityResult.Completed completed:
                Complete(burst, activity, completed);
                break;
            case ActivityResult.Suspended suspended:
                Suspend(burst, pending, activity, suspended.Bookmark);
                break;
            default:
                Fault(burst, pending, activity, $"Activity returned an unknown result {result.GetType().Name}.", null);
                break;
        }
    }

    private static void Complete(BurstState burst, ActivityDefinition activity, ActivityResult.Completed completed)
    {
        if (completed.Absorbed)
        {
            return;
        }

        burst.Write(JournalEntryKind.ActivityCompleted, activity, completed.Outcomes.Count == 0 ? null : string.Join(",", completed.Outcomes));
        foreach (var outcome in completed.Outcomes)
        {
            foreach (var connection in burst.Graph.Outgoing(activity.Id).Where(c => c.EffectiveOutcome == outcome))
            {
                burst.Queue.AddLast(new PendingToken(NewId(burst), connection.To, connection));
            }
        }
    }

    private static void Suspend(BurstState burst, PendingToken pending, ActivityDefinition activity, BookmarkRequest request)
    {
        var bookmark = new Bookmark(
            NewId(burst).ToString("N"),
            burst.InstanceId,
            pending.TokenId,
            activity.Id,
            activity.Type,
            request.Kind,
            request.Key,
            request.DueAt,
            burst.Now,
            request.Data?.Clone());
        burst.Bookmarks.Add(bookmark);
        burst.BookmarksCreated.Add(bookmark);
        burst.Tokens.Add(new Token(pending.TokenId, activity.Id, TokenStatus.Waiting, bookmark.Id));
        if (request.DueAt is { } due)
        {
            burst.Timers.Add(new TimerRequest(burst.InstanceId, bookmark.Id, due));
        }

        burst.Write(JournalEntryKind.ActivitySuspended, activity, message: request.Key ?? request.Kind);
    }

    private static void Fault(BurstState burst, PendingToken pending, ActivityDefinition activity, string message, string? exceptionType)
    {
        var incident = new Incident(NewId(burst), activity.Id, pending.TokenId, message, exceptionType, burst.Now);
        burst.Incidents.Add(incident);
        burst.NewIncidents.Add(incident);
        burst.Tokens.Add(new Token(pending.TokenId, activity.Id, TokenStatus.Faulted));
        burst.Write(JournalEntryKind.ActivityFaulted, activity, message: message);
    }

    private static Guid NewId(BurstState burst) => Guid.CreateVersion7(burst.Now);
}
