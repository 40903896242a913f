using Astra.Workflows.Engine.Activities;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Engine.Time;

namespace Astra.Workflows.Activities.Timers;

/// <summary>Waits for a duration: ISO 8601 (<c>P3D</c>, <c>PT4H</c>) or <c>{ "workingDays": n }</c> (due at the end of that day in Belgrade).</summary>
public sealed class DelayActivity : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new()
    {
        Key = "timer.delay",
        DisplayName = "Delay",
        Category = "Timers",
        Description = "Waits for a duration, in calendar time or working days.",
        Inputs =
        [
            new() { Name = "duration", Type = InputType.Duration, Required = true, Syntax = InputSyntaxes.LiteralOrExpression, UiHint = "duration" },
        ],
        CanWait = true,
    };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var raw = context.GetInput("duration") ?? throw new InvalidOperationException("duration is required.");
        if (!WorkflowDuration.TryParse(raw, out var duration, out var error))
        {
            throw new InvalidOperationException($"Activity '{context.Activity.Id}': {error}");
        }

        var due = duration!.AddTo(context.Now, context.Calendar);
        return ValueTask.FromResult(ActivityResult.Suspend(new BookmarkRequest(BookmarkKinds.Timer, DueAt: due)));
    }
}
