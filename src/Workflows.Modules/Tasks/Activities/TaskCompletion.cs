using System.Text.Json;

namespace Astra.Workflows.Modules.Tasks.Activities;

/// <summary>
/// What the task API hands the task bookmark as resume data: the form data plus who completed it and the revision
/// they saw, so the burst that resumes the workflow also closes the task row, atomically.
/// </summary>
public sealed record TaskCompletion(Guid TaskId, int Revision, Guid? CompletedBy, JsonElement? Data)
{
    public JsonElement ToJson() => JsonSerializer.SerializeToElement(this, JsonSerializerOptions.Web);

    public static TaskCompletion? From(JsonElement? payload)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } value || !value.TryGetProperty("taskId", out _))
        {
            return null;
        }

        return value.Deserialize<TaskCompletion>(JsonSerializerOptions.Web);
    }
}
