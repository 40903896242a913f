namespace Astra.Workflows.Modules.Notifications.Contracts;

internal static class NotificationKinds
{
    public const string Assigned = "task-assigned";
    public const string Reminder = "task-reminder";
    public const string Overdue = "task-overdue";
    public const string Escalated = "task-escalated";

    /// <summary>Outbox kind of an e-mail ready to send: <c>EmailPayload</c>.</summary>
    public const string Email = "email";
}
