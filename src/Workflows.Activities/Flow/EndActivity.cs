using Astra.Workflows.Engine.Activities;

namespace Astra.Workflows.Activities.Flow;

/// <summary>Ends its branch. The instance completes when no branch is left waiting.</summary>
public sealed class EndActivity : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new()
    {
        Key = "flow.end",
        DisplayName = "End",
        Category = "Flow",
        Description = "Ends this branch; the workflow completes when no branch is still waiting.",
        Outcomes = [],
    };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.EndBranch());
}
