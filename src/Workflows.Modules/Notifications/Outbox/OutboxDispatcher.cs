using Astra.Workflows.Modules.Platform.Scheduling;

namespace Astra.Workflows.Modules.Notifications.Outbox;

/// <summary>Hands due outbox e-mails to Hangfire's mail queue now, through the one scheduler (<see cref="DueRowScheduler"/>).</summary>
internal sealed class OutboxDispatcher(DueRowScheduler scheduler, OutboxDueRows source) : ModuleDispatcher<OutboxDueRows>(scheduler, source);
