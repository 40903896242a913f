namespace Astra.Workflows.Modules.Platform.Bursts;

/// <summary>
/// A module refused to let the burst commit (e.g. a task completed at a revision that moved on). The burst rolls
/// back and the caller hears <see cref="Engine.Ports.CommitOutcome.Vetoed"/>: running it again would be refused again.
/// </summary>
public sealed record BurstVeto(string Reason);
