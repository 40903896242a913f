using System.Text.Json;
using Astra.Workflows.Engine.Activities;
using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Expressions;
using Astra.Workflows.Engine.Validation;

namespace Astra.Workflows.Activities.Flow;

/// <summary>Multi-way branch: the first case whose condition holds names the outcome; otherwise Default.</summary>
public sealed class SwitchActivity : IActivity
{
    public const string Default = "Default";

    public ActivityDescriptor Descriptor { get; } = new()
    {
        Key = "flow.switch",
        DisplayName = "Switch",
        Category = "Flow",
        Description = "Ordered cases { outcome, condition }; the first true case wins, else Default.",
        Inputs =
        [
            new() { Name = "cases", Type = InputType.List, Required = true, UiHint = "switch-cases", Description = "[{ \"outcome\": \"Foreign\", \"condition\": { \"js\": \"…\" } }]" },
        ],
        Outcomes = [Default],
        DynamicOutcomesInput = "cases",
    };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cases = context.Activity.Inputs["cases"];
        var index = 0;
        foreach (var item in cases.EnumerateArray())
        {
            var outcome = item.GetProperty("outcome").GetString()!;
            if (ScriptSyntax.IsScript(item.GetProperty("condition"), out var code)
                && context.EvaluateCondition(code, $"cases[{index}].condition"))
            {
                return ValueTask.FromResult(ActivityResult.Outcome(outcome));
            }

            index++;
        }

        return ValueTask.FromResult(ActivityResult.Outcome(Default));
    }

    public void Validate(ActivityDefinition activity, ActivityValidationContext problems)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(problems);
        if (!activity.Inputs.TryGetValue("cases", out var cases) || cases.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var index = 0;
        foreach (var item in cases.EnumerateArray())
        {
            var path = $"cases[{index++}]";
            if (item.ValueKind != JsonValueKind.Object
                || !item.TryGetProperty("outcome", out var outcome) || outcome.ValueKind != JsonValueKind.String || outcome.GetString()!.Length == 0)
            {
                problems.Report(path, ValidationCodes.SwitchCaseNeedsOutcome, $"Activity '{activity.Id}' input '{path}' needs a non-empty \"outcome\".");
                continue;
            }

            if (!item.TryGetProperty("condition", out var condition) || !ScriptSyntax.IsScript(condition, out var code))
            {
                problems.Report(path, ValidationCodes.SwitchCaseNeedsCondition, $"Activity '{activity.Id}' input '{path}' needs a \"condition\" of the form {{ \"js\": \"…\" }}.");
                continue;
            }

            problems.CheckScript(code, $"{path}.condition");
        }
    }
}
