using Astra.Workflows.Engine.Activities;
using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Engine.Validation;

namespace Astra.Workflows.Activities.Events;

/// <summary>
/// Waits for a named event on this instance's case (e.g. <c>hearing-scheduled</c>). The bookmark key is
/// event name + case id, so one event reaches every instance of the case waiting for it.
/// </summary>
public sealed class WaitEventActivity : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new()
    {
        Key = "event.wait",
        DisplayName = "Wait for event",
        Category = "Events",
        Description = "Waits until the named event is raised for this case; its payload can be stored in a variable.",
        Inputs =
        [
            new() { Name = "event", Type = InputType.Text, Required = true, UiHint = "singleline" },
            new() { Name = "resultVariable", Type = InputType.Text, UiHint = "variable", Description = "Variable that receives the event payload." },
        ],
        CanWait = true,
    };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = BookmarkKinds.EventKey(context.GetRequiredText("event"), context.CaseId);
        return ValueTask.FromResult(ActivityResult.Suspend(new BookmarkRequest(BookmarkKinds.Event, key)));
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Bookmark bookmark, ResumePayload payload)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(payload);
        if (context.GetText("resultVariable") is { Length: > 0 } variable && payload.Data is { } data)
        {
            context.SetVariable(variable, data);
        }

        return ValueTask.FromResult(ActivityResult.Done());
    }

    public void Validate(ActivityDefinition activity, ActivityValidationContext problems)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(problems);
        if (activity.Inputs.TryGetValue("resultVariable", out var name) && name.ValueKind == System.Text.Json.JsonValueKind.String
            && !problems.Definition.Variables.Any(v => v.Name == name.GetString()))
        {
            problems.Report("resultVariable", ValidationCodes.VariableNotDeclared, $"Activity '{activity.Id}' input 'resultVariable': variable '{name.GetString()}' is not declared in variables.", ("variable", name.GetString()));
        }
    }
}
