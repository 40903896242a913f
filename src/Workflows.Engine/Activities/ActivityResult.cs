using Astra.Workflows.Engine.Definitions;

namespace Astra.Workflows.Engine.Activities;

/// <summary>What an activity did: finished with outcomes (the runner follows them), or suspended its branch.</summary>
public abstract record ActivityResult
{
    public static ActivityResult Done() => new Completed([ConnectionDefinition.DefaultOutcome]);

    public static ActivityResult Outcome(string outcome) => new Completed([outcome]);

    /// <summary>Ends the branch without following any connection (e.g. <c>flow.end</c>, or a join still waiting).</summary>
    public static ActivityResult EndBranch() => new Completed([]);

    /// <summary>The token is taken in without completing the activity (a join still waiting for other branches).</summary>
    public static ActivityResult Absorb() => new Completed([]) { Absorbed = true };

    public static ActivityResult Suspend(BookmarkRequest bookmark) => new Suspended(bookmark);

    public sealed record Completed(IReadOnlyList<string> Outcomes) : ActivityResult
    {
        public bool Absorbed { get; init; }
    }

    public sealed record Suspended(BookmarkRequest Bookmark) : ActivityResult;
}
