using Astra.Workflows.Modules.Platform.Database;

namespace Astra.Workflows.Modules.Platform.Observability;

/// <summary>
/// A module's count of work waiting in its tables (e.g. the outbox), reported as gauges by <see cref="BacklogGauges"/>.
/// Counts are read at most every few seconds, so a counter may run a <c>count(*)</c> over an indexed condition.
/// </summary>
public interface IBacklogCounter
{
    Task<IReadOnlyList<BacklogCount>> CountAsync(WorkflowsDbContext db, DateTimeOffset now, CancellationToken cancellationToken);
}

/// <summary>
/// One gauge's value: <see cref="Gauge"/> is one of <see cref="BacklogGauges"/>' names, <see cref="Label"/> a fixed word
/// (a table or queue name, never data) or null for a gauge without one.
/// </summary>
public sealed record BacklogCount(string Gauge, string? Label, long Value);
