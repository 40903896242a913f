using System.Text.Json;

namespace Astra.Workflows.Engine.Activities;

/// <summary>
/// What an activity asks for when it suspends. <see cref="Key"/> is how external callers find the bookmark
/// (e.g. <c>event:{name}:{caseId}</c>); <see cref="DueAt"/> makes it a timer.
/// </summary>
public sealed record BookmarkRequest(string Kind, string? Key = null, DateTimeOffset? DueAt = null, JsonElement? Data = null);
