using Astra.Workflows.Modules.Platform.Scheduling;

namespace Astra.Workflows.Modules.Tasks.Escalations;

/// <summary>Hands due escalations to Hangfire now, through the one scheduler (<see cref="DueRowScheduler"/>).</summary>
internal sealed class EscalationDispatcher(DueRowScheduler scheduler, EscalationDueRows source) : ModuleDispatcher<EscalationDueRows>(scheduler, source);
