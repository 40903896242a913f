using System.Globalization;
using System.Text.Json;
using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Tasks.Activities;
using Astra.Workflows.Modules.Tasks.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Tasks.Story;

/// <summary>
/// Tasks done on a case, with the answers a reader can take in at a glance: the choices and yes/no fields of the
/// form ("risk: high"). Free text stays on the task, where reading it is audited.
/// </summary>
internal sealed class TaskStory(WorkflowsDbContext db) : ICaseStorySource
{
    private const int MaxAnswers = 3;

    public async Task<IReadOnlyList<CaseStoryEntry>> ForCaseAsync(Guid caseId, int limit, CancellationToken cancellationToken)
    {
        var done = await db.Tasks.AsNoTracking()
            .Where(t => t.CaseId == caseId && t.Status == TaskStatuses.Completed && t.CompletedAt != null)
            .OrderByDescending(t => t.CompletedAt).Take(limit)
            .Select(t => new { t.Title, t.TaskType, t.CompletedAt, t.CompletedBy, t.Outcome, t.Form, t.Data })
            .ToListAsync(cancellationToken);
        return done.Select(t => new CaseStoryEntry(
                t.CompletedAt!.Value,
                "story.taskCompleted",
                StoryArgs.Of(("title", t.Title), ("taskType", t.TaskType), ("outcome", t.Outcome), ("answers", Answers(t.Form, t.Data))),
                t.CompletedBy))
            .ToList();
    }

    private static string? Answers(string form, string? data)
    {
        if (data is null)
        {
            return null;
        }

        try
        {
            using var formDocument = JsonDocument.Parse(form);
            using var dataDocument = JsonDocument.Parse(data);
            if (dataDocument.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var answers = TaskForm.Parse(formDocument.RootElement)
                .Where(f => f.Type is TaskFormField.Choice or TaskFormField.Boolean)
                .Select(f => (Field: f, Found: dataDocument.RootElement.TryGetProperty(f.Name, out var v), Value: v))
                .Where(a => a.Found && a.Value.ValueKind is JsonValueKind.String or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Number)
                .Take(MaxAnswers)
                .Select(a => $"{a.Field.Label ?? a.Field.Name}: {Text(a.Value)}")
                .ToList();
            return answers.Count == 0 ? null : string.Join("; ", answers);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        _ => value.GetRawText(),
    };
}
