using System.Text.Json;
using System.ComponentModel.DataAnnotations;
using Astra.Workflows.Modules.Tasks.Activities;

namespace Astra.Workflows.Modules.Tasks.Api;

public sealed record TaskEscalationResponse(int Level, DateTimeOffset At, string Action);

public sealed record TaskResponse(
    Guid Id,
    Guid? CaseId,
    string? CaseCode,
    Guid InstanceId,
    string TaskType,
    string Title,
    string? Description,
    string? Role,
    Guid? AssigneeId,
    string Status,
    string Priority,
    DateTimeOffset? DueAt,
    DateTimeOffset? FollowUpAt,
    int EscalationLevel,
    IReadOnlyList<TaskEscalationResponse> Escalations,
    int Revision,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<TaskFormField> Form,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt,
    Guid? CompletedBy,
    string? Outcome,
    JsonElement? Data,
    // Each outcome as the reader sees it (their language); the stored outcome stays the key.
    IReadOnlyDictionary<string, string> OutcomeLabels);

public sealed record TaskPageResponse(IReadOnlyList<TaskResponse> Items, string? Next);

public sealed record CompleteTaskRequest(
    string? Outcome,
    JsonElement? Data,
    [property: Required(ErrorMessage = "The revision of the task as you saw it is required.")] int? Revision,
    [property: MaxLength(150, ErrorMessage = "At most 150 characters.")] string? IdempotencyKey);

public sealed record TaskRevisionRequest(int? Revision);

public sealed record AssignTaskRequest([property: Required(ErrorMessage = "A userId is required.")] Guid? UserId, int? Revision);

/// <summary>Open tasks per queue, as <c>GET /api/tasks?queue=…</c> would list them; <c>All</c> only for those who may read that queue.</summary>
public sealed record TaskCountsResponse(int Mine, int Available, int Overdue, int DueSoon, int? All);
