namespace Astra.Workflows.Engine.Tasks;

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
}
