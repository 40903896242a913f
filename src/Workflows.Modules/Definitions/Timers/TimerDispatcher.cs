using Astra.Workflows.Modules.Platform.Scheduling;

namespace Astra.Workflows.Modules.Definitions.Timers;

/// <summary>Hands due timers to Hangfire now, through the one scheduler (<see cref="DueRowScheduler"/>).</summary>
internal sealed class TimerDispatcher(DueRowScheduler scheduler, TimerDueRows source) : ModuleDispatcher<TimerDueRows>(scheduler, source);
