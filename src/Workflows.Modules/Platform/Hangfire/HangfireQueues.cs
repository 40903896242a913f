namespace Astra.Workflows.Modules.Platform.Hangfire;

/// <summary>Hangfire queues, each served by its own workers so one kind of slow work cannot starve another.</summary>
public static class HangfireQueues
{
    /// <summary>Timers, escalations, legal alerts, hand-offs, audit anchors: work that must run on time.</summary>
    public const string Default = "default";

    /// <summary>Outbox e-mail: waits on SMTP servers we do not control.</summary>
    public const string Mail = "mail";
}
