using System.Collections.Immutable;
using Astra.Workflows.Engine.Activities;
using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Runtime;

namespace Astra.Workflows.Activities.Flow;

/// <summary>
/// Merges branches. <c>all</c> continues once a token has arrived along every inbound connection;
/// <c>any</c> continues with the first and cancels the branches still on their way (a race).
/// </summary>
public sealed class JoinActivity : IActivity
{
    public const string All = "all";
    public const string Any = "any";

    public ActivityDescriptor Descriptor { get; } = new()
    {
        Key = "flow.join",
        DisplayName = "Join",
        Category = "Flow",
        Description = "Waits for all inbound branches, or continues with the first (any) and cancels the rest.",
        Inputs =
        [
            new() { Name = "mode", Type = InputType.Text, Default = Astra.Workflows.Engine.Expressions.JsonValues.From(All), Options = [All, Any], UiHint = "dropdown" },
        ],
    };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.GetText("mode") == Any)
        {
            context.CancelBranchesLeadingHere();
            context.SetJoinState(null);
            return ValueTask.FromResult(ActivityResult.Done());
        }

        var expected = context.InboundConnections.Select(DefinitionGraph.ArrivalKey).ToImmutableHashSet(StringComparer.Ordinal);
        var arrived = context.GetJoinState()?.Arrived ?? ImmutableHashSet.Create<string>(StringComparer.Ordinal);
        if (context.ArrivedVia is { } via)
        {
            arrived = arrived.Add(DefinitionGraph.ArrivalKey(via));
        }

        if (!expected.IsSubsetOf(arrived))
        {
            context.SetJoinState(new JoinState(arrived));
            return ValueTask.FromResult(ActivityResult.Absorb());
        }

        context.SetJoinState(null);
        return ValueTask.FromResult(ActivityResult.Done());
    }

    public IReadOnlyList<string> GetOutcomes(ActivityDefinition activity) => [ConnectionDefinition.DefaultOutcome];
}
