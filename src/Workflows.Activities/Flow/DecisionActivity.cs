using Astra.Workflows.Engine.Activities;

namespace Astra.Workflows.Activities.Flow;

/// <summary>Two-way branch on a script condition.</summary>
public sealed class DecisionActivity : IActivity
{
    public const string True = "True";
    public const string False = "False";

    public ActivityDescriptor Descriptor { get; } = new()
    {
        Key = "flow.decision",
        DisplayName = "Decision",
        Category = "Flow",
        Description = "Follows True or False depending on a JavaScript condition.",
        Inputs =
        [
            new() { Name = "condition", Type = InputType.Expression, Required = true, Syntax = InputSyntax.Expression, UiHint = "code", Description = "JavaScript; truthy follows True." },
        ],
        Outcomes = [True, False],
    };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var value = context.GetInput("condition");
        var isTrue = value is { } v && Astra.Workflows.Engine.Expressions.JsonValues.IsTruthy(v);
        return ValueTask.FromResult(ActivityResult.Outcome(isTrue ? True : False));
    }
}
