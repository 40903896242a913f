using System.Collections.Frozen;
using Astra.Workflows.Modules.Legal.Contracts;

namespace Astra.Workflows.Modules.Definitions.Events;

/// <summary>
/// The one list of events the service raises itself (ADR 0016). Nobody may raise these through
/// <c>POST /api/events</c>, and no definition may declare them as user events. A module that starts raising
/// an event through <c>InstanceCoordinator.RaiseEventAsync</c> adds its name here, or uses a reserved family.
/// </summary>
public static class SystemEvents
{
    /// <summary>Raised by the hearings module after a hearing is scheduled, moved or cancelled.</summary>
    private static readonly FrozenSet<string> Names = new[]
    {
        LegalEvents.HearingScheduled,
        LegalEvents.HearingRescheduled,
        LegalEvents.HearingCancelled,
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Families the service owns, today or once it raises them (legal deadlines, hearings, proceedings, tasks,
    /// referrals, instances). Reserving the family means a new system event is protected the day it is added.
    /// </summary>
    public static readonly IReadOnlyList<string> ReservedPrefixes =
        [LegalEvents.DeadlinePrefix, "Hearing", "Deadline", "Proceeding", "Task", "Referral", "Instance", "Workflow", "System"];

    /// <summary>
    /// Case-insensitive, so a look-alike spelling cannot be declared either. A ':' marks a service event carrying an
    /// id (<c>LegalDeadline:{id}</c>); user event names never contain one.
    /// </summary>
    public static bool IsReserved(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Contains(':', StringComparison.Ordinal)
            || Names.Contains(name)
            || ReservedPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
    }
}
