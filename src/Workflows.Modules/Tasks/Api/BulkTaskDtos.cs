using System.ComponentModel.DataAnnotations;

namespace Astra.Workflows.Modules.Tasks.Api;

/// <summary><paramref name="Action"/>: <c>claim</c>, <c>release</c> or <c>assign</c> (with <paramref name="UserId"/>), applied to each of up to 100 tasks.</summary>
public sealed record BulkTaskRequest(
    [property: Required(ErrorMessage = "An action is required: claim, release or assign.")] string? Action,
    [property: Required(ErrorMessage = "The ids of the tasks are required.")] IReadOnlyList<Guid>? TaskIds,
    Guid? UserId);

/// <summary>
/// What happened to one task: <paramref name="Outcome"/> is <c>done</c>, <c>notFound</c>, <c>conflict</c> or
/// <c>forbidden</c>; <paramref name="Status"/> the HTTP status the single-task call would have answered;
/// <paramref name="Task"/> the task after the change when done.
/// </summary>
public sealed record BulkTaskResult(Guid TaskId, string Outcome, int Status, string? Detail, TaskResponse? Task);

public sealed record BulkTaskResponse(IReadOnlyList<BulkTaskResult> Results);
