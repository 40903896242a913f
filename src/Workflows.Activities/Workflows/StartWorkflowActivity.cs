using Astra.Workflows.Engine.Activities;
using Astra.Workflows.Engine.Expressions;

namespace Astra.Workflows.Activities.Workflows;

/// <summary>
/// Asks for another workflow to start for the same case (e.g. identification → recovery). The request is
/// committed with the burst and carried out by the host afterwards, so it is never lost nor doubled.
/// </summary>
public sealed class StartWorkflowActivity : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new()
    {
        Key = "workflow.start",
        DisplayName = "Start workflow",
        Category = "Workflows",
        Description = "Starts another workflow for the same case.",
        Inputs =
        [
            new() { Name = "definitionId", Type = InputType.Text, Required = true, UiHint = "definition" },
            new() { Name = "input", Type = InputType.Map, Syntax = InputSyntaxes.LiteralOrExpression, UiHint = "code" },
        ],
    };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RequestWorkflowStart(context.GetRequiredText("definitionId"), context.GetInput("input") ?? JsonValues.EmptyObject);
        return ValueTask.FromResult(ActivityResult.Done());
    }
}
