namespace Astra.Workflows.Engine.Runtime;

public enum JournalEntryKind
{
    InstanceStarted,
    ActivityStarted,
    ActivitySuspended,
    ActivityResumed,
    ActivityCompleted,
    ActivityFaulted,
    Note,
    InstanceRetried,
    InstanceCompleted,
    InstanceCancelled,
    InstanceFaulted,
}
