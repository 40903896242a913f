using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Engine.Validation;

namespace Astra.Workflows.Engine.Activities;

/// <summary>An activity type. Implementations are stateless singletons; per-run state lives in the context.</summary>
public interface IActivity
{
    ActivityDescriptor Descriptor { get; }

    /// <summary>Runs the activity when a token arrives.</summary>
    ValueTask<ActivityResult> ExecuteAsync(ActivityContext context);

    /// <summary>Continues after one of the activity's bookmarks was resumed with <paramref name="payload"/>.</summary>
    ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Bookmark bookmark, ResumePayload payload) =>
        ValueTask.FromResult(ActivityResult.Done());

    /// <summary>Outcomes of this activity as configured in <paramref name="activity"/> (static plus dynamic).</summary>
    IReadOnlyList<string> GetOutcomes(ActivityDefinition activity) => ActivityOutcomes.Resolve(Descriptor, activity);

    /// <summary>Checks beyond the descriptor (e.g. the shape of switch cases); report through <paramref name="problems"/>.</summary>
    void Validate(ActivityDefinition activity, ActivityValidationContext problems)
    {
    }
}
