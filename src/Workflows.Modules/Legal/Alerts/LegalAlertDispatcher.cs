using Astra.Workflows.Modules.Platform.Scheduling;

namespace Astra.Workflows.Modules.Legal.Alerts;

/// <summary>Hands due legal alerts to Hangfire now, through the one scheduler (<see cref="DueRowScheduler"/>).</summary>
public sealed class LegalAlertDispatcher(DueRowScheduler scheduler, LegalAlertDueRows source) : ModuleDispatcher<LegalAlertDueRows>(scheduler, source);
