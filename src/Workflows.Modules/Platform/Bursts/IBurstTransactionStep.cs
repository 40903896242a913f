using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Engine.Runtime;

namespace Astra.Workflows.Modules.Platform.Bursts;

/// <summary>
/// Work that must happen inside the burst's transaction after its rows are saved and that may veto the commit
/// (e.g. closing a task only if its revision is still the one the user saw). Returning false rolls the burst back as a conflict.
/// </summary>
public interface IBurstTransactionStep
{
    /// <summary>
    /// Whether the step has work in this burst. A burst in which no step has work and that carries no side effect
    /// commits without an EF context, its COMMIT in the write batch (ADR 0053); a step that cannot tell says true.
    /// </summary>
    bool AppliesTo(BurstResult burst) => true;

    Task<bool> ApplyAsync(WorkflowsDbContext db, BurstResult burst, DateTimeOffset now, CancellationToken cancellationToken);
}
