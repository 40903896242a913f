using System.Globalization;
using System.Text.Json;
using Astra.Workflows.Engine.Activities;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Engine.Time;

namespace Astra.Workflows.Activities.Timers;

/// <summary>Waits until an instant or a date (a date means its start, Belgrade time). A moment already past continues at once.</summary>
public sealed class UntilActivity : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new()
    {
        Key = "timer.until",
        DisplayName = "Wait until",
        Category = "Timers",
        Description = "Waits until a date or date-time, usually computed by a script (e.g. a hearing date).",
        Inputs =
        [
            new() { Name = "until", Type = InputType.Date, Required = true, Syntax = InputSyntaxes.All, UiHint = "datetime" },
        ],
        CanWait = true,
    };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var value = context.GetInput("until");
        var text = value is { ValueKind: JsonValueKind.String } v ? v.GetString()! : throw new InvalidOperationException($"Activity '{context.Activity.Id}': until must be a date, got {value?.GetRawText() ?? "nothing"}.");
        var due = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? OrganisationTime.StartOfDay(day)
            : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
                ? instant
                : throw new InvalidOperationException($"Activity '{context.Activity.Id}': '{text}' is not a date.");
        return ValueTask.FromResult(due <= context.Now
            ? ActivityResult.Done()
            : ActivityResult.Suspend(new BookmarkRequest(BookmarkKinds.Timer, DueAt: due)));
    }
}
