using Astra.Workflows.Engine.Activities;
using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Expressions;
using Astra.Workflows.Engine.Validation;

namespace Astra.Workflows.Activities.Variables;

/// <summary>Sets a declared instance variable to a literal, template or script value.</summary>
public sealed class SetVariableActivity : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new()
    {
        Key = "vars.set",
        DisplayName = "Set variable",
        Category = "Variables",
        Description = "Stores a value in an instance variable; later scripts read it as vars.<name>.",
        Inputs =
        [
            new() { Name = "name", Type = InputType.Text, Required = true, UiHint = "variable" },
            new() { Name = "value", Type = InputType.Json, Required = true, Syntax = InputSyntaxes.All, UiHint = "code" },
        ],
    };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.SetVariable(context.GetRequiredText("name"), context.GetInput("value") ?? JsonValues.Null);
        return ValueTask.FromResult(ActivityResult.Done());
    }

    public void Validate(ActivityDefinition activity, ActivityValidationContext problems)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(problems);
        if (activity.Inputs.TryGetValue("name", out var name) && name.ValueKind == System.Text.Json.JsonValueKind.String
            && !problems.Definition.Variables.Any(v => v.Name == name.GetString()))
        {
            problems.Report("name", ValidationCodes.VariableNotDeclared, $"Activity '{activity.Id}' input 'name': variable '{name.GetString()}' is not declared in variables.", ("variable", name.GetString()));
        }
    }
}
