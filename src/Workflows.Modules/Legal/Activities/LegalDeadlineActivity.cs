using Astra.Workflows.Engine.Activities;
using Astra.Workflows.Engine.Runtime;

namespace Astra.Workflows.Modules.Legal.Activities;

/// <summary>
/// Waits until a legal deadline of this case is met (completed) or missed (its last day passed while open), and
/// continues on <c>Met</c> or <c>Missed</c>. It waits on an event bookmark named after the deadline, which the host
/// raises when either happens, so it needs no storage of its own.
/// </summary>
public sealed class LegalDeadlineActivity : IActivity
{
    public const string Met = "Met";
    public const string Missed = "Missed";

    public ActivityDescriptor Descriptor { get; } = new()
    {
        Key = "legal.deadline",
        DisplayName = "Wait for a legal deadline",
        Category = "Legal",
        Description = "Waits until the legal deadline is completed (Met) or its last day passes while open (Missed).",
        Inputs = [new() { Name = "deadlineId", Type = InputType.Text, Syntax = InputSyntaxes.All, Required = true, Description = "Id of the deadline, e.g. { \"js\": \"input.deadlineId\" }." }],
        Outcomes = [Met, Missed],
        CanWait = true,
    };

    /// <summary>The event the host raises for the deadline; its payload carries <c>outcome</c>.</summary>
    public static string EventName(Guid deadlineId) => $"{EventPrefix}{deadlineId:D}";

    public const string EventPrefix = "LegalDeadline:";

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Guid.TryParse(context.GetRequiredText("deadlineId"), out var id))
        {
            throw new InvalidOperationException($"Input 'deadlineId' of activity '{context.Activity.Id}' is not a deadline id.");
        }

        return ValueTask.FromResult(ActivityResult.Suspend(new BookmarkRequest(BookmarkKinds.Event, BookmarkKinds.EventKey(EventName(id), context.CaseId))));
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Bookmark bookmark, ResumePayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var outcome = payload.Data is { ValueKind: System.Text.Json.JsonValueKind.Object } data
            && data.TryGetProperty("outcome", out var o) && o.GetString() == Missed ? Missed : Met;
        return ValueTask.FromResult(ActivityResult.Outcome(outcome));
    }
}
