using System.Text.Json;
using Astra.Workflows.Engine.Activities;
using Astra.Workflows.Engine.Runtime;

namespace Astra.Workflows.Engine.Tests.Support;

/// <summary>A stand-in for <c>task.human</c>: dynamic outcomes, a side effect for the task row, a task bookmark.</summary>
public sealed class FakeTaskActivity : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new()
    {
        Key = "test.task",
        DisplayName = "Test task",
        Category = "Tasks",
        Inputs =
        [
            new() { Name = "title", Type = InputType.Text, Required = true, Syntax = InputSyntax.Literal | InputSyntax.Template },
            new() { Name = "due", Type = InputType.Duration, Syntax = InputSyntaxes.LiteralOrExpression },
            new() { Name = "outcomes", Type = InputType.List, Required = true },
        ],
        Outcomes = [],
        DynamicOutcomesInput = "outcomes",
        CanWait = true,
    };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var due = context.GetInput("due") is { } raw && Time.WorkflowDuration.TryParse(raw, out var d, out _)
            ? d!.AddTo(context.Now, context.Calendar)
            : (DateTimeOffset?)null;
        context.AddSideEffect(new TaskCreated(context.InstanceId, context.Activity.Id, context.GetRequiredText("title"), due));
        return ValueTask.FromResult(ActivityResult.Suspend(new BookmarkRequest(BookmarkKinds.Task, $"task:{context.InstanceId}:{context.Activity.Id}")));
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Bookmark bookmark, ResumePayload payload)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(payload);
        context.SetLastTask(JsonSerializer.SerializeToElement(new { outcome = payload.Outcome, data = payload.Data }));
        return ValueTask.FromResult(ActivityResult.Outcome(payload.Outcome ?? throw new InvalidOperationException("A task completes with an outcome.")));
    }
}

public sealed record TaskCreated(Guid InstanceId, string ActivityId, string Title, DateTimeOffset? DueAt) : ActivitySideEffect(InstanceId, ActivityId);
