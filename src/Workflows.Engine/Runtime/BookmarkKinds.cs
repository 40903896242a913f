namespace Astra.Workflows.Engine.Runtime;

public static class BookmarkKinds
{
    public const string Timer = "timer";
    public const string Event = "event";
    public const string Task = "task";

    /// <summary>The lookup key of an <c>event.wait</c> bookmark: events are correlated by name and case.</summary>
    public static string EventKey(string eventName, Guid? caseId) => $"event:{eventName}:{caseId?.ToString("D") ?? "-"}";

    /// <summary>The event name back from an <see cref="EventKey"/>; the name itself may contain ':' (<c>Deadline:{id}</c>).</summary>
    public static string EventNameOf(string eventKey)
    {
        ArgumentNullException.ThrowIfNull(eventKey);
        return eventKey["event:".Length..eventKey.LastIndexOf(':')];
    }
}
