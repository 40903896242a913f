namespace Astra.Workflows.Engine.Runtime;

/// <summary>A timer row to write in the burst's transaction; firing it resumes <see cref="BookmarkId"/>.</summary>
public sealed record TimerRequest(Guid InstanceId, string BookmarkId, DateTimeOffset DueAt);
