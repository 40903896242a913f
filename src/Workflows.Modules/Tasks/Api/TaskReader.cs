using System.Text.Json;
using Astra.Workflows.Modules.Tasks.Activities;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Tasks.Storage;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Tasks.Api;

/// <summary>Turns task rows into the API's task JSON.</summary>
internal static class TaskReader
{
    public static async Task<TaskResponse?> ReadAsync(WorkflowsDbContext db, Guid id, string language, CancellationToken cancellationToken)
    {
        var task = await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        return task is null ? null : await WithHistoryAsync(db, task, language, cancellationToken);
    }

    public static async Task<TaskResponse> WithHistoryAsync(WorkflowsDbContext db, TaskEntity task, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        var history = await db.TaskEscalations.AsNoTracking().Where(e => e.TaskId == task.Id).OrderBy(e => e.Level).ThenBy(e => e.At)
            .Select(e => new TaskEscalationResponse(e.Level, e.At, e.Action)).ToListAsync(cancellationToken);
        return ToResponse(task, history, language);
    }

    /// <summary>The task in <paramref name="language"/>: title, description, labels and outcome labels from its texts.</summary>
    public static TaskResponse ToResponse(TaskEntity task, IReadOnlyList<TaskEscalationResponse> escalations, string language)
    {
        ArgumentNullException.ThrowIfNull(task);
        var texts = TaskTexts.Parse(task.Texts);
        var outcomes = Outcomes(task);
        return new TaskResponse(
            task.Id,
            task.CaseId,
            task.CaseCode,
            task.InstanceId,
            task.TaskType,
            texts.Title(language, task.Title),
            texts.Description(language, task.Description),
            task.Role,
            task.AssigneeId,
            task.Status,
            TaskPriority.Name(task.Priority),
            task.DueAt,
            task.FollowUpAt,
            task.EscalationLevel,
            escalations,
            task.Revision,
            outcomes,
            Form(task).Select(f => texts.Field(language, f)).ToList(),
            task.CreatedAt,
            task.CompletedAt,
            task.CompletedBy,
            task.Outcome,
            task.Data is null ? null : JsonSerializer.Deserialize<JsonElement>(task.Data),
            outcomes.ToDictionary(o => o, o => texts.Outcome(language, o), StringComparer.Ordinal));
    }

    public static IReadOnlyList<string> Outcomes(TaskEntity task) =>
        JsonSerializer.Deserialize<List<string>>(task.Outcomes, JsonSerializerOptions.Web) ?? [];

    public static IReadOnlyList<TaskFormField> Form(TaskEntity task) =>
        JsonSerializer.Deserialize<List<TaskFormField>>(task.Form, JsonSerializerOptions.Web) ?? [];
}
