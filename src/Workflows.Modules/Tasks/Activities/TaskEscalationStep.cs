namespace Astra.Workflows.Modules.Tasks.Activities;

/// <summary>
/// One planned escalation of a task, fixed when the task is created: at <see cref="FireAt"/> notify
/// <see cref="Notify"/> (role names, or <see cref="Assignee"/>), optionally raise the priority or hand the task to a role.
/// </summary>
public sealed record TaskEscalationStep(
    int Level,
    DateTimeOffset FireAt,
    IReadOnlyList<string> Notify,
    bool RaisePriority = false,
    string? ReassignToRole = null)
{
    /// <summary>Stands for whoever holds the task when the step fires (or its role when nobody does).</summary>
    public const string Assignee = "assignee";

    /// <summary>What the step does, in words (the designer's simulation shows it).</summary>
    public string Describe()
    {
        var actions = new List<string>();
        if (Notify.Count > 0)
        {
            actions.Add($"notify {string.Join(", ", Notify)}");
        }

        if (RaisePriority)
        {
            actions.Add("raise priority");
        }

        if (ReassignToRole is { } role)
        {
            actions.Add($"reassign to {role}");
        }

        return string.Join("; ", actions);
    }
}
