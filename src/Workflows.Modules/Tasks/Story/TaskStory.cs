using System.Globalization;
using System.Text.Json;
using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Platform.Text;
using Astra.Workflows.Modules.Tasks.Activities;
using Astra.Workflows.Modules.Tasks.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Tasks.Story;

/// <summary>
/// Tasks done on a case, with the answers a reader can take in at a glance: the choices and yes/no fields of the
/// form ("risk: high"). Free text stays on the task, where reading it is audited. Titles, outcomes, labels and choices
/// are in the reader's language, from the texts the task copied from its definition (ADR 0042).
/// </summary>
internal sealed class TaskStory(WorkflowsDbContext db, IHttpContextAccessor? http = null) : ICaseStorySource
{
    private const int MaxAnswers = 3;

    private string Language => http?.HttpContext is { } context ? ReaderLanguage.Of(context) : DefinitionTexts.English;

    public async Task<IReadOnlyList<CaseStoryEntry>> ForCaseAsync(Guid caseId, int limit, CancellationToken cancellationToken)
    {
        var done = await db.Tasks.AsNoTracking()
            .Where(t => t.CaseId == caseId && t.Status == TaskStatuses.Completed && t.CompletedAt != null)
            .OrderByDescending(t => t.CompletedAt).Take(limit)
            .Select(t => new { t.Title, t.Texts, t.TaskType, t.CompletedAt, t.CompletedBy, t.Outcome, t.Form, t.Data })
            .ToListAsync(cancellationToken);
        var language = Language;
        return done.Select(t =>
            {
                var texts = TaskTexts.Parse(t.Texts);
                return new CaseStoryEntry(
                    t.CompletedAt!.Value,
                    "story.taskCompleted",
                    StoryArgs.Of(
                        ("title", texts.Title(language, t.Title)),
                        ("taskType", t.TaskType),
                        ("outcome", t.Outcome is null ? null : texts.Outcome(language, t.Outcome)),
                        ("answers", Answers(t.Form, t.Data, texts, language))),
                    t.CompletedBy);
            })
            .ToList();
    }

    private static string? Answers(string form, string? data, TaskTexts texts, string language)
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
                .Select(f => texts.Field(language, f))
                .Where(f => f.Type is TaskFormField.Choice or TaskFormField.Boolean)
                .Select(f => (Field: f, Found: dataDocument.RootElement.TryGetProperty(f.Name, out var v), Value: v))
                .Where(a => a.Found && a.Value.ValueKind is JsonValueKind.String or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Number)
                .Take(MaxAnswers)
                .Select(a => $"{a.Field.Label ?? a.Field.Name}: {Text(a.Field, a.Value, language)}")
                .ToList();
            return answers.Count == 0 ? null : string.Join("; ", answers);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Text(TaskFormField field, JsonElement value, string language) => value.ValueKind switch
    {
        JsonValueKind.String => field.OptionLabels?.GetValueOrDefault(value.GetString()!) ?? value.GetString()!,
        JsonValueKind.True => YesNo(true, language),
        JsonValueKind.False => YesNo(false, language),
        _ => value.GetRawText(),
    };

    private static string YesNo(bool yes, string language) => language switch
    {
        DefinitionTexts.SerbianLatin => yes ? "da" : "ne",
        DefinitionTexts.SerbianCyrillic => yes ? "да" : "не",
        _ => yes ? "yes" : "no",
    };
}
