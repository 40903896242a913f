using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Expressions;

namespace Astra.Workflows.Engine.Validation;

/// <summary>Lets an activity report problems about itself and check the scripts and templates it nests.</summary>
public sealed class ActivityValidationContext
{
    private readonly List<ValidationProblem> problems;
    private readonly ExpressionOptions limits;

    internal ActivityValidationContext(WorkflowDefinition definition, ActivityDefinition activity, List<ValidationProblem> problems, ExpressionOptions limits)
    {
        this.limits = limits;
        Definition = definition;
        Activity = activity;
        this.problems = problems;
    }

    public WorkflowDefinition Definition { get; }
    public ActivityDefinition Activity { get; }

    /// <summary>A problem with <paramref name="code"/> (see <see cref="ValidationCodes"/>); the activity and input are added to its arguments.</summary>
    public void Report(string? input, string code, string message, params (string Name, object? Value)[] args) =>
        problems.Add(ValidationProblem.Coded(Activity.Id, input, code, message, [("activity", Activity.Id), ("input", input), .. args]));

    public void CheckScript(string code, string input)
    {
        if (!ScriptCache.TryPrepare(code, limits, out _, out var error))
        {
            Report(input, ValidationCodes.ScriptDoesNotParse, $"Activity '{Activity.Id}' input '{input}': script does not parse: {error}", ("error", error));
        }
    }

    public void CheckTemplate(string text, string input)
    {
        if (!TemplateCache.TryParse(text, limits, out _, out var error))
        {
            Report(input, ValidationCodes.TemplateDoesNotParse, $"Activity '{Activity.Id}' input '{input}': template does not parse: {error}", ("error", error));
        }
    }
}
