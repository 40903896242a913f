using Astra.Workflows.Modules.Legal.Activities;

namespace Astra.Workflows.Modules.Legal.Contracts;

/// <summary>The workflow event names legal work raises, for the list of events only the service may raise.</summary>
public static class LegalEvents
{
    public const string HearingScheduled = "HearingScheduled";
    public const string HearingRescheduled = "HearingRescheduled";
    public const string HearingCancelled = "HearingCancelled";

    /// <summary>A legal deadline's own event is this prefix and its id (<c>LegalDeadline:{id}</c>).</summary>
    public const string DeadlinePrefix = LegalDeadlineActivity.EventPrefix;
}
