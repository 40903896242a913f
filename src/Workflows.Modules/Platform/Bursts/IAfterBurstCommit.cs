using Astra.Workflows.Engine.Runtime;

namespace Astra.Workflows.Modules.Platform.Bursts;

/// <summary>
/// Work that follows a committed burst (scheduling timer jobs, carrying out hand-offs). It runs after the
/// commit, so it can fail without losing anything: each has a sweep that finds what was left undone.
/// </summary>
public interface IAfterBurstCommit
{
    Task AfterCommitAsync(BurstResult burst, CancellationToken cancellationToken);
}
