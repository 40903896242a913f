using System.Globalization;
using System.Text.Json;
using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Expressions;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.Engine.Validation;

namespace Astra.Workflows.Engine.Simulation;

/// <summary>
/// Runs a definition on a virtual clock with nothing stored and nobody notified: the real runner and calendar,
/// but every burst result is only read, never committed. People are played by a policy (the request's choices,
/// else the first outcome soon after the task appears); timers and escalations fire when the clock reaches them;
/// hand-offs are recorded, not started. What a module's side effects mean (a task's payload and follow-ups, a case
/// field) comes from the hooks the modules register (<see cref="ISimulationHook"/>). See ADR 0013.
/// </summary>
public sealed class WorkflowSimulator(WorkflowRunner runner, DefinitionValidator validator, IWorkingDayCalendar calendar, IEnumerable<ISimulationHook>? hooks = null)
{
    public const string Actor = "simulation";
    public const string CaseCode = "SIMULATION";

    /// <summary>The version number a simulated (unsaved) definition runs as; stored versions start at 1.</summary>
    public const int SimulatedVersion = 0;

    /// <summary>Without a choice a task is completed this long after it appears (at most half way to its deadline).</summary>
    public static readonly TimeSpan DefaultTaskDelay = TimeSpan.FromHours(1);

    /// <summary>A <c>late</c> task is completed this long after its deadline or last escalation, whichever is later.</summary>
    public static readonly TimeSpan LateMargin = TimeSpan.FromHours(1);

    public static readonly Guid SimulatedCaseId = Guid.Parse("5e5e5e5e-0000-4000-8000-000000000013");

    private WorkflowRunner Runner => runner;

    private IWorkingDayCalendar Calendar => calendar;

    private IReadOnlyList<ISimulationHook> Hooks { get; } = [new StartWorkflowSimulation(), .. hooks ?? []];

    /// <summary>Validates the definition, then runs it; an invalid one runs nothing.</summary>
    public async Task<SimulationResult> SimulateAsync(SimulationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (validator.Validate(request.Definition) is { Count: > 0 } invalid)
        {
            return new SimulationResult([], SimulationStatus.Invalid, invalid.Select(p => p.Message).ToList());
        }

        return await RunAsync(request, cancellationToken);
    }

    /// <summary>Runs a request whose definition the caller has already validated (the API validates once, with its own extra checks).</summary>
    public async Task<SimulationResult> RunAsync(SimulationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var run = new Run(this, request);
        return await run.ExecuteAsync(cancellationToken);
    }

    private sealed class Run(WorkflowSimulator owner, SimulationRequest request)
    {
        private readonly VirtualClock clock = new(request.StartAt);
        private readonly DefinitionVersion version = new(request.Definition, SimulatedVersion);
        private readonly DefinitionGraph graph = new(request.Definition);
        private readonly DateTimeOffset horizon = request.StartAt.ToUniversalTime().AddDays(request.HorizonDays);
        private readonly List<SimulationStep> steps = [];
        private readonly List<string> problems = [];
        private readonly List<OpenTask> tasks = [];
        private readonly HashSet<string> usedChoices = new(StringComparer.Ordinal);
        private readonly Dictionary<string, object?> caseData = SeedCase(owner.Hooks);
        private bool limited;
        private Bookmark? lastResumed;

        private RunContext Context => new(clock, Actor, JsonValues.From(caseData));

        private static Dictionary<string, object?> SeedCase(IReadOnlyList<ISimulationHook> hooks)
        {
            var data = new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = SimulatedCaseId, ["code"] = CaseCode };
            foreach (var hook in hooks)
            {
                hook.SeedCase(data);
            }

            return data;
        }

        public async Task<SimulationResult> ExecuteAsync(CancellationToken cancellationToken)
        {
            var input = request.Input is { ValueKind: JsonValueKind.Object } given ? given : JsonValues.EmptyObject;
            // A missing required input throws StartInputException: the caller reports it as bad input.
            var burst = await owner.Runner.StartAsync(version, Guid.CreateVersion7(clock.GetUtcNow()), SimulatedCaseId, input, Context);
            Record(burst, resumed: null);
            var instance = burst.Instance;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (limited)
                {
                    return Finish(SimulationStatus.LimitReached);
                }

                switch (instance.Status)
                {
                    case InstanceStatus.Completed:
                        return Finish(SimulationStatus.Completed);
                    case InstanceStatus.Faulted:
                        // The first fault ends the run: it is what the designer has to fix.
                        return Finish(SimulationStatus.Faulted);
                }

                tasks.RemoveAll(t => !instance.Bookmarks.Exists(b => b.Id == t.Bookmark.Id));
                var next = NextDue(instance);
                if (next is null)
                {
                    foreach (var bookmark in instance.Bookmarks)
                    {
                        Add(new(clock.GetUtcNow(), SimulationStepKinds.Waiting, bookmark.ActivityId, bookmark.ActivityType, NameOf(bookmark.ActivityId), Message: WaitingFor(bookmark)));
                    }

                    return Finish(limited ? SimulationStatus.LimitReached : SimulationStatus.Waiting);
                }

                var (at, action) = next.Value;
                if (at > horizon)
                {
                    Limit($"Stopped at the virtual horizon of {request.HorizonDays} days ({horizon:O}); the next thing due is at {at:O}.");
                    continue;
                }

                clock.MoveTo(at);
                var resumed = await action();
                if (resumed is not null)
                {
                    Record(resumed, resumed.Kind == BurstKind.Resume ? lastResumed : null);
                    instance = resumed.Instance;
                }
            }
        }

        /// <summary>The earliest thing the clock must reach: an escalation, a task completion or a timer.</summary>
        private (DateTimeOffset At, Func<Task<BurstResult?>> Action)? NextDue(WorkflowInstance instance)
        {
            var candidates = new List<(DateTimeOffset At, int Rank, Func<Task<BurstResult?>> Action)>();
            foreach (var task in tasks)
            {
                if (task.FollowUps.TryPeek(out var followUp))
                {
                    candidates.Add((followUp.At, 0, () => FollowUp(task)));
                }

                candidates.Add((task.CompleteAt, 1, () => ResumeAsync(instance, task.Bookmark, task.Payload)));
            }

            foreach (var timer in instance.Bookmarks.Where(b => b.DueAt is not null))
            {
                candidates.Add((timer.DueAt!.Value, 2, () => ResumeAsync(instance, timer, ResumePayload.Empty)));
            }

            if (candidates.Count == 0)
            {
                return null;
            }

            var first = candidates.OrderBy(c => c.At).ThenBy(c => c.Rank).First();
            return (first.At, first.Action);
        }

        private Task<BurstResult?> FollowUp(OpenTask task)
        {
            var step = task.FollowUps.Dequeue();
            Add(new(step.At, step.Kind, task.Bookmark.ActivityId, task.Bookmark.ActivityType, NameOf(task.Bookmark.ActivityId),
                task.Role, task.DueAt, EscalationLevel: step.Level, Message: step.Message));
            return Task.FromResult<BurstResult?>(null);
        }

        private async Task<BurstResult?> ResumeAsync(WorkflowInstance instance, Bookmark bookmark, ResumePayload payload)
        {
            lastResumed = bookmark;
            var result = await owner.Runner.ResumeAsync(version, instance, bookmark.Id, payload, Context);
            if (result.Status != ResumeStatus.Resumed)
            {
                // Cannot happen with the bookmarks read from the instance itself; say so rather than loop.
                Limit($"Could not resume '{bookmark.ActivityId}': {result.Message}");
                return null;
            }

            return result.Burst;
        }

        private void Record(BurstResult burst, Bookmark? resumed)
        {
            var created = burst.BookmarksCreated.ToList();
            var effects = burst.SideEffects.ToList();
            foreach (var entry in burst.Journal)
            {
                var activityId = entry.ActivityId;
                var name = activityId is null ? null : NameOf(activityId);
                switch (entry.Kind)
                {
                    case JournalEntryKind.ActivitySuspended:
                        var bookmark = Take(created, b => b.ActivityId == activityId);
                        // A task, or any other wait a module's hook reads as work a person does (a partner's answer).
                        var work = bookmark is null ? null : TakeWork(effects, activityId!);
                        if (bookmark is not null && (bookmark.Kind == BookmarkKinds.Task || work is not null))
                        {
                            OpenTask(bookmark, work);
                        }
                        else if (bookmark?.DueAt is { } due)
                        {
                            Add(new(entry.At, SimulationStepKinds.Timer, activityId, entry.ActivityType, name, DueAt: due, Message: $"Waits until {due.ToString("O", CultureInfo.InvariantCulture)}."));
                        }

                        break;
                    case JournalEntryKind.ActivityCompleted when resumed is not null && resumed.ActivityId == activityId && IsWork(resumed):
                        Add(new(entry.At, SimulationStepKinds.TaskCompleted, activityId, entry.ActivityType, name, CompletedRole(resumed), Outcome: entry.Outcome));
                        resumed = null;
                        break;
                    case JournalEntryKind.ActivityCompleted when resumed is not null && resumed.ActivityId == activityId && resumed.DueAt is not null:
                        Add(new(entry.At, SimulationStepKinds.Timer, activityId, entry.ActivityType, name, DueAt: resumed.DueAt, Outcome: entry.Outcome, Message: "Timer fired."));
                        resumed = null;
                        break;
                    case JournalEntryKind.ActivityCompleted when TakeNote(effects, activityId!) is { } note:
                        foreach (var (field, value) in note.CaseChanges ?? new Dictionary<string, object?>())
                        {
                            caseData[field] = value;
                        }

                        Add(new(entry.At, note.Kind, activityId, entry.ActivityType, name, Outcome: entry.Outcome, Message: note.Message));
                        break;
                    case JournalEntryKind.ActivityCompleted:
                        Add(new(entry.At, SimulationStepKinds.Activity, activityId, entry.ActivityType, name, Outcome: entry.Outcome));
                        break;
                    case JournalEntryKind.ActivityFaulted:
                        Add(new(entry.At, SimulationStepKinds.Fault, activityId, entry.ActivityType, name, Message: entry.Message));
                        break;
                    case JournalEntryKind.InstanceCompleted:
                        Add(new(entry.At, SimulationStepKinds.Finished, Message: "The workflow completed."));
                        break;
                }
            }
        }

        /// <summary>The first effect of <paramref name="activityId"/> a hook reads as work a person does, removed from <paramref name="effects"/>.</summary>
        private SimulatedWork? TakeWork(List<ActivitySideEffect> effects, string activityId)
        {
            foreach (var effect in effects.Where(e => e.ActivityId == activityId))
            {
                if (owner.Hooks.Select(h => h.OpenWork(effect)).FirstOrDefault(w => w is not null) is { } work)
                {
                    effects.Remove(effect);
                    return work;
                }
            }

            return null;
        }

        /// <summary>The first effect of <paramref name="activityId"/> a hook shows as a step, removed from <paramref name="effects"/>.</summary>
        private SimulatedNote? TakeNote(List<ActivitySideEffect> effects, string activityId)
        {
            foreach (var effect in effects.Where(e => e.ActivityId == activityId))
            {
                if (owner.Hooks.Select(h => h.Describe(effect)).FirstOrDefault(n => n is not null) is { } note)
                {
                    effects.Remove(effect);
                    return note;
                }
            }

            return null;
        }

        private void OpenTask(Bookmark bookmark, SimulatedWork? created)
        {
            var activity = graph.Find(bookmark.ActivityId)!;
            request.Choices.TryGetValue(activity.Id, out var choice);
            if (choice is not null)
            {
                usedChoices.Add(activity.Id);
            }

            var outcome = choice?.Outcome
                ?? (created is { Outcomes.Count: > 0 } ? created.Outcomes[0] : null)
                ?? (owner.Runner.Registry.Get(activity.Type).GetOutcomes(activity) is { Count: > 0 } outcomes ? outcomes[0] : null)
                ?? ConnectionDefinition.DefaultOutcome;
            var now = clock.GetUtcNow();
            var dueAt = created?.DueAt;
            var followUps = created?.FollowUps ?? [];
            var completeAt = CompletionTime(activity.Id, now, dueAt, followUps, choice);
            var data = choice?.Data is { ValueKind: JsonValueKind.Object } d ? d : JsonValues.EmptyObject;
            var payloadData = created is null ? data : created.CompletionData(data);
            var task = new OpenTask(bookmark, created?.Role, dueAt, completeAt, new ResumePayload(outcome, payloadData),
                new Queue<SimulatedFollowUp>(followUps.Where(e => e.At < completeAt).OrderBy(e => e.At)));
            tasks.Add(task);
            var title = created?.Title is { } t ? $"{t} → {outcome}" : $"→ {outcome}";
            var warning = NonWorkingDue(activity, dueAt);
            if (warning is not null)
            {
                problems.Add($"{activity.Id}.due: {warning}");
            }

            Add(new(now, SimulationStepKinds.TaskCreated, activity.Id, activity.Type, NameOf(activity.Id), created?.Role, dueAt,
                Message: $"{title}, completed at {completeAt.ToString("O", CultureInfo.InvariantCulture)}.{(warning is null ? string.Empty : " " + warning)}"));
        }

        /// <summary>A warning when the task falls due on a non-working day, unless its due counts calendar hours on purpose.</summary>
        private string? NonWorkingDue(ActivityDefinition activity, DateTimeOffset? dueAt)
        {
            if (dueAt is not { } due || (activity.Inputs.TryGetValue("due", out var raw) && NonWorkingDayWarnings.CountsCalendarHours(raw)))
            {
                return null;
            }

            // A due day ends at midnight starting the next day (ADR 0010): the day is the one just before that instant.
            var day = DateOnly.FromDateTime(OrganisationTime.ToLocal(due.AddTicks(-1)).DateTime);
            return owner.Calendar.IsWorkingDay(day) ? null
                : $"Due on {day.DayOfWeek} {day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, not a working day.";
        }

        private DateTimeOffset CompletionTime(string activityId, DateTimeOffset created, DateTimeOffset? dueAt, IReadOnlyList<SimulatedFollowUp> followUps, SimulationChoice? choice)
        {
            if (choice is { Late: true })
            {
                if (dueAt is { } due)
                {
                    var last = followUps.Select(e => e.At).Append(due).Max();
                    return last + LateMargin;
                }

                problems.Add($"choices.{activityId}.late: the task has no deadline, so it cannot be late; it was completed on time.");
            }

            if (choice?.AfterWorkingDays is { } days)
            {
                var local = OrganisationTime.ToLocal(created);
                var day = owner.Calendar.AddWorkingDays(DateOnly.FromDateTime(local.DateTime), days);
                return OrganisationTime.FromLocal(day.ToDateTime(TimeOnly.FromDateTime(local.DateTime)));
            }

            var delay = DefaultTaskDelay;
            if (dueAt is { } deadline && deadline > created && (deadline - created) / 2 < delay)
            {
                delay = (deadline - created) / 2;
            }

            return created + delay;
        }

        private bool IsWork(Bookmark bookmark) => bookmark.Kind == BookmarkKinds.Task || tasks.Exists(t => t.Bookmark.Id == bookmark.Id);

        private string? CompletedRole(Bookmark bookmark) => tasks.Find(t => t.Bookmark.Id == bookmark.Id)?.Role;

        private SimulationResult Finish(string status)
        {
            foreach (var unused in request.Choices.Keys.Where(k => !usedChoices.Contains(k)).Order(StringComparer.Ordinal))
            {
                problems.Add($"choices.{unused}: not used; the activity is not a task or was never reached.");
            }

            return new SimulationResult(steps, status, problems);
        }

        private void Add(SimulationStep step)
        {
            if (limited)
            {
                return;
            }

            if (steps.Count >= request.MaxSteps)
            {
                Limit($"Stopped after {request.MaxSteps} steps; a loop that never ends? Raise maxSteps if the workflow is just long.");
                return;
            }

            steps.Add(step);
        }

        private void Limit(string message)
        {
            if (!limited)
            {
                steps.Add(new(clock.GetUtcNow(), SimulationStepKinds.Limit, Message: message));
                limited = true;
            }
        }

        private string? NameOf(string activityId) => graph.Find(activityId)?.Name;

        private static string WaitingFor(Bookmark bookmark)
        {
            if (bookmark.Kind == BookmarkKinds.Event && bookmark.Key is { } key)
            {
                var name = BookmarkKinds.EventNameOf(key);
                return $"waiting for {name}: nobody raises events in a simulation and this wait has no timeout.";
            }

            return $"waiting on a {bookmark.Kind} bookmark that nothing in a simulation resumes.";
        }

        private static T? Take<T>(List<T> items, Func<T, bool> match)
            where T : class
        {
            var index = items.FindIndex(i => match(i));
            if (index < 0)
            {
                return null;
            }

            var item = items[index];
            items.RemoveAt(index);
            return item;
        }
    }

    private sealed record OpenTask(Bookmark Bookmark, string? Role, DateTimeOffset? DueAt, DateTimeOffset CompleteAt, ResumePayload Payload, Queue<SimulatedFollowUp> FollowUps);
}
