using System.Text.Json;
using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Modules.Tasks.Activities;

namespace Astra.Workflows.Modules.Tasks.Api;

/// <summary>
/// The answer to a file field is the id of a document uploaded first: it must be on this task's case, not deleted
/// and of the field's kind, or the task would finish pointing at a paper the case does not hold.
/// </summary>
internal static class TaskFileAnswers
{
    /// <summary>Runs after <see cref="TaskForm.CheckData"/> passed, so every file answer present is a well-formed id.</summary>
    public static async Task<Dictionary<string, string[]>> CheckAsync(
        IReadOnlyList<TaskFormField> form, JsonElement? data, Guid? caseId, ICaseDocuments documents, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (data is not { ValueKind: JsonValueKind.Object } values)
        {
            return errors;
        }

        foreach (var field in form.Where(f => f.Type == TaskFormField.File))
        {
            if (!values.TryGetProperty(field.Name, out var value) || value.ValueKind != JsonValueKind.String
                || !Guid.TryParseExact(value.GetString(), "D", out var documentId))
            {
                continue;
            }

            if (caseId is not { } onCase || !await documents.ExistsAsync(onCase, documentId, field.Kind, cancellationToken))
            {
                errors[$"data.{field.Name}"] = [field.Kind is null
                    ? "No document of this task's case has this id."
                    : $"No {field.Kind} document of this task's case has this id."];
            }
        }

        return errors;
    }
}
