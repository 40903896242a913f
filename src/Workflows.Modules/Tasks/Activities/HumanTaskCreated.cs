using System.Text.Json;
using Astra.Workflows.Engine.Runtime;

namespace Astra.Workflows.Modules.Tasks.Activities;

/// <summary>Everything the task row needs; written by the host in the transaction that creates the task's bookmark.</summary>
public sealed record HumanTaskCreated(
    Guid TaskId,
    Guid InstanceId,
    string ActivityId,
    string BookmarkKey,
    Guid? CaseId,
    string? CaseCode,
    string TaskType,
    string Title,
    string? Description,
    string? Role,
    Guid? AssigneeId,
    short Priority,
    DateTimeOffset? DueAt,
    DateTimeOffset? FollowUpAt,
    IReadOnlyList<TaskFormField> Form,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<TaskEscalationStep> Escalations,
    DateTimeOffset CreatedAt,
    TaskTexts? Texts = null) : ActivitySideEffect(InstanceId, ActivityId)
{
    public static string KeyFor(Guid taskId) => $"task:{taskId:D}";
}

/// <summary>The task was completed by this burst: the host marks the row, checking the revision the user saw.</summary>
public sealed record HumanTaskCompleted(
    Guid TaskId,
    Guid InstanceId,
    string ActivityId,
    int ExpectedRevision,
    string Outcome,
    JsonElement Data,
    Guid? CompletedBy,
    DateTimeOffset CompletedAt) : ActivitySideEffect(InstanceId, ActivityId);
