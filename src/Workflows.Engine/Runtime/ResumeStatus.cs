using System.Text.Json.Serialization;

namespace Astra.Workflows.Engine.Runtime;

[JsonConverter(typeof(JsonStringEnumConverter<ResumeStatus>))]
public enum ResumeStatus
{
    /// <summary>The bookmark was consumed and the burst committed.</summary>
    Resumed,

    /// <summary>No such bookmark on the instance: it never existed or was already consumed.</summary>
    BookmarkNotFound,

    /// <summary>A timer bookmark fired before its due time; nothing changed, fire again later.</summary>
    NotDue,

    /// <summary>The instance does not exist.</summary>
    InstanceNotFound,

    /// <summary>The instance is finished (completed or cancelled) and takes no more resumes.</summary>
    InstanceFinished,

    /// <summary>Other bursts kept winning the race for the instance; the caller may try again.</summary>
    Conflict,

    /// <summary>A module refused the burst (e.g. the task's revision moved on); nothing changed and trying again as is will not help.</summary>
    Vetoed,
}
