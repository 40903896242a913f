using Astra.Workflows.Engine.Activities;

namespace Astra.Workflows.Activities.Flow;

/// <summary>The single entry point of a flowchart.</summary>
public sealed class StartActivity : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new()
    {
        Key = "flow.start",
        DisplayName = "Start",
        Category = "Flow",
        Description = "Where every instance begins.",
        IsStart = true,
    };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Done());
}
