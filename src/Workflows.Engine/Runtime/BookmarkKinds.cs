namespace Astra.Workflows.Engine.Runtime;

public static class BookmarkKinds
{
    public const string Timer = "timer";
    public const string Event = "event";
    public const string Task = "task";

    /// <summary>The lookup key of an <c>event.wait</c> bookmark: events are correlated by name and case.</summary>
    public static string EventKey(string eventName, Guid? caseId) => $"event:{eventName}:{caseId?.ToString("D") ?? "-"}";
}
