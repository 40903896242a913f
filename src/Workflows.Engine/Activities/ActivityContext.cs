using System.Text.Json;
using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Expressions;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Engine.Time;

namespace Astra.Workflows.Engine.Activities;

/// <summary>
/// What an activity may read and do while it runs. Everything it does is recorded in the burst and
/// committed with it; nothing touches the outside world directly.
/// </summary>
public sealed class ActivityContext
{
    private readonly BurstState burst;
    private readonly IActivity type;

    internal ActivityContext(BurstState burst, ActivityDefinition activity, IActivity type, Guid tokenId, ConnectionDefinition? arrivedVia, IWorkingDayCalendar calendar)
    {
        this.burst = burst;
        this.type = type;
        Activity = activity;
        TokenId = tokenId;
        ArrivedVia = arrivedVia;
        Calendar = calendar;
    }

    public ActivityDefinition Activity { get; }
    public Guid TokenId { get; }

    /// <summary>The connection the token came along; null at the start and on resume or retry.</summary>
    public ConnectionDefinition? ArrivedVia { get; }
    public IWorkingDayCalendar Calendar { get; }
    public Guid InstanceId => burst.InstanceId;
    public Guid? CaseId => burst.Original.CaseId;
    public string DefinitionId => burst.Definition.DefinitionId;
    public int DefinitionVersion => burst.Definition.Version;

    /// <summary>The definition the instance runs on (e.g. for its <c>texts</c> catalogue).</summary>
    public WorkflowDefinition Definition => burst.Definition.Definition;
    public TimeProvider Time => burst.Context.Time;
    public DateTimeOffset Now => burst.Now;
    public IReadOnlyList<ConnectionDefinition> InboundConnections => burst.Graph.Inbound(Activity.Id);

    /// <summary>The input's value after evaluating a script or rendering a template; the declared default when absent.</summary>
    public JsonElement? GetInput(string name)
    {
        var descriptor = type.Descriptor.FindInput(name);
        if (!Activity.Inputs.TryGetValue(name, out var raw))
        {
            return descriptor?.Default;
        }

        var syntax = descriptor?.Syntax ?? InputSyntaxes.All;
        if (syntax.HasFlag(InputSyntax.Expression) && ScriptSyntax.IsScript(raw, out var code))
        {
            return EvaluateScript(code, name);
        }

        if (syntax.HasFlag(InputSyntax.Template) && raw.ValueKind == JsonValueKind.String && ScriptSyntax.IsTemplate(raw.GetString()!))
        {
            return JsonValues.From(burst.Expressions.RenderTemplate(raw.GetString()!, burst.Scope));
        }

        return raw;
    }

    public string? GetText(string name)
    {
        var value = GetInput(name);
        return value switch
        {
            null => null,
            { ValueKind: JsonValueKind.Null } => null,
            { ValueKind: JsonValueKind.String } v => v.GetString(),
            { } v => v.GetRawText(),
        };
    }

    public string GetRequiredText(string name) =>
        GetText(name) is { Length: > 0 } text ? text : throw new InvalidOperationException($"Input '{name}' of activity '{Activity.Id}' is empty.");

    /// <summary>Runs a script that is not a whole input (e.g. one switch case); <paramref name="path"/> names it in the cache and errors.</summary>
    public JsonElement EvaluateScript(string code, string path) =>
        burst.Expressions.EvaluateScript(new ScriptKey(DefinitionId, DefinitionVersion, Activity.Id, path), code, burst.Scope);

    public bool EvaluateCondition(string code, string path) => JsonValues.IsTruthy(EvaluateScript(code, path));

    public string RenderTemplate(string text) => burst.Expressions.RenderTemplate(text, burst.Scope);

    public JsonElement? GetVariable(string name) => burst.Variables.TryGetValue(name, out var value) ? value : null;

    public void SetVariable(string name, JsonElement value) => burst.Variables[name] = value.Clone();

    /// <summary>Records the payload of a completed human task; scripts see it as <c>task</c>.</summary>
    public void SetLastTask(JsonElement task) => burst.LastTask = task.Clone();

    public void AddJournalNote(string message) => burst.Write(JournalEntryKind.Note, Activity, message: message);

    public void RequestWorkflowStart(string definitionId, JsonElement input) =>
        AddSideEffect(new StartWorkflowRequest(NewId(), InstanceId, Activity.Id, definitionId, CaseId, input.Clone()));

    /// <summary>Records a side effect for the store to write in the burst's transaction, through the handler registered for its type.</summary>
    public void AddSideEffect(ActivitySideEffect effect)
    {
        ArgumentNullException.ThrowIfNull(effect);
        burst.SideEffects.Add(effect);
    }

    public JoinState? GetJoinState() => burst.Joins.TryGetValue(Activity.Id, out var state) ? state : null;

    public void SetJoinState(JoinState? state)
    {
        if (state is null)
        {
            burst.Joins.Remove(Activity.Id);
        }
        else
        {
            burst.Joins[Activity.Id] = state;
        }
    }

    /// <summary>
    /// Ends every other branch that could still arrive here: waiting tokens (their bookmarks are consumed)
    /// and tokens queued in this burst. Used by a join in <c>any</c> mode so the losing branches of a race stop.
    /// </summary>
    public int CancelBranchesLeadingHere()
    {
        var here = Activity.Id;
        var cancelled = 0;
        foreach (var token in burst.Tokens.Where(t => t.Id != TokenId && burst.Graph.CanReach(t.ActivityId, here)).ToList())
        {
            burst.Tokens.Remove(token);
            if (token.BookmarkId is { } bookmarkId && burst.Bookmarks.Find(b => b.Id == bookmarkId) is { } bookmark)
            {
                burst.ConsumeBookmark(bookmark);
            }

            cancelled++;
        }

        for (var node = burst.Queue.First; node is not null;)
        {
            var next = node.Next;
            if (node.Value.ActivityId == here || burst.Graph.CanReach(node.Value.ActivityId, here))
            {
                burst.Queue.Remove(node);
                cancelled++;
            }

            node = next;
        }

        // Joins on the cancelled paths lose what they had collected, or a later round would find them half full.
        foreach (var join in burst.Joins.Keys.Where(k => k != here && burst.Graph.CanReach(k, here)).ToList())
        {
            burst.Joins.Remove(join);
        }

        return cancelled;
    }

    private Guid NewId() => Guid.CreateVersion7(Now);
}
