using Astra.Workflows.Engine.Activities;

namespace Astra.Workflows.Activities.Flow;

/// <summary>Starts every outgoing branch at once (each connection gets its own token).</summary>
public sealed class ForkActivity : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new()
    {
        Key = "flow.fork",
        DisplayName = "Fork",
        Category = "Flow",
        Description = "Runs all outgoing branches in parallel.",
    };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Done());
}
