using System.Collections.Immutable;
using System.Text.Json;
using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Expressions;

namespace Astra.Workflows.Engine.Runtime;

/// <summary>The mutable working copy of an instance during one burst, and everything the burst produced.</summary>
internal sealed class BurstState : IDisposable
{
    private readonly WorkflowInstance original;
    private long journalSequence;

    public BurstState(BurstKind kind, WorkflowInstance instance, DefinitionVersion definition, RunContext context, ExpressionSession expressions)
    {
        Kind = kind;
        original = instance;
        Definition = definition;
        Graph = new DefinitionGraph(definition.Definition);
        Context = context;
        Expressions = expressions;
        Variables = instance.Variables.ToBuilder();
        Tokens = [.. instance.Tokens];
        Joins = instance.Joins.ToBuilder();
        Bookmarks = [.. instance.Bookmarks];
        Incidents = [.. instance.Incidents];
        LastTask = instance.LastTask;
        journalSequence = instance.JournalSequence;
    }

    public BurstKind Kind { get; }
    public DefinitionVersion Definition { get; }
    public DefinitionGraph Graph { get; }
    public RunContext Context { get; }
    public ExpressionSession Expressions { get; }
    public WorkflowInstance Original => original;
    public Guid InstanceId => original.Id;
    public DateTimeOffset Now => Context.Time.GetUtcNow();

    public ImmutableDictionary<string, JsonElement>.Builder Variables { get; }
    public List<Token> Tokens { get; }
    public ImmutableDictionary<string, JoinState>.Builder Joins { get; }
    public List<Bookmark> Bookmarks { get; }
    public List<Incident> Incidents { get; }
    public JsonElement? LastTask { get; set; }
    public LinkedList<PendingToken> Queue { get; } = new();

    public List<Bookmark> BookmarksCreated { get; } = [];
    public List<string> BookmarksConsumed { get; } = [];
    public List<TimerRequest> Timers { get; } = [];
    public List<JournalEntry> Journal { get; } = [];
    public List<Incident> NewIncidents { get; } = [];
    public List<ActivitySideEffect> SideEffects { get; } = [];

    public ExpressionScope Scope => new(
        Context.Case ?? JsonValues.From(new { id = original.CaseId }),
        Variables,
        original.Input.ValueKind == JsonValueKind.Undefined ? JsonValues.EmptyObject : original.Input,
        LastTask ?? JsonValues.Null);

    public void Write(JournalEntryKind kind, ActivityDefinition? activity, string? outcome = null, string? message = null) =>
        Journal.Add(new JournalEntry(InstanceId, ++journalSequence, Now, kind, activity?.Id, activity?.Type, Context.Actor, outcome, message));

    public void ConsumeBookmark(Bookmark bookmark)
    {
        Bookmarks.RemoveAll(b => b.Id == bookmark.Id);
        Tokens.RemoveAll(t => t.BookmarkId == bookmark.Id);
        BookmarksConsumed.Add(bookmark.Id);
    }

    public void Dispose() => Expressions.Dispose();

    public BurstResult Finish(InstanceStatus? forcedStatus = null)
    {
        var status = forcedStatus ?? (Incidents.Any(i => i.IsOpen) ? InstanceStatus.Faulted
            : Tokens.Count > 0 ? InstanceStatus.Waiting
            : InstanceStatus.Completed);
        if (status == InstanceStatus.Completed && original.Status != InstanceStatus.Completed)
        {
            Write(JournalEntryKind.InstanceCompleted, null);
        }
        else if (status == InstanceStatus.Faulted && NewIncidents.Count > 0)
        {
            Write(JournalEntryKind.InstanceFaulted, null, message: NewIncidents[^1].Message);
        }

        var now = Now;
        var instance = original with
        {
            Status = status,
            Variables = Variables.ToImmutable(),
            LastTask = LastTask,
            Tokens = [.. Tokens],
            Joins = Joins.ToImmutable(),
            Bookmarks = [.. Bookmarks],
            Incidents = [.. Incidents],
            Version = original.Version + 1,
            JournalSequence = journalSequence,
            UpdatedAt = now,
            FinishedAt = status is InstanceStatus.Completed or InstanceStatus.Cancelled ? now : null,
        };
        return new BurstResult
        {
            Kind = Kind,
            Instance = instance,
            ExpectedVersion = original.Version,
            BookmarksCreated = BookmarksCreated,
            BookmarksConsumed = BookmarksConsumed,
            Timers = Timers,
            Journal = Journal,
            Incidents = NewIncidents,
            SideEffects = SideEffects,
        };
    }
}
