using System.Text.Json.Serialization;

namespace Astra.Workflows.Engine.Runtime;

[JsonConverter(typeof(JsonStringEnumConverter<JournalEntryKind>))]
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
