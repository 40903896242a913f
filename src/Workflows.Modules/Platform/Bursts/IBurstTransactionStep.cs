using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Engine.Runtime;

namespace Astra.Workflows.Modules.Platform.Bursts;

/// <summary>
/// Work that must happen inside the burst's transaction after its rows are saved and that may veto the commit
/// (e.g. closing a task only if its revision is still the one the user saw). Returning false rolls the burst back as a conflict.
/// </summary>
public interface IBurstTransactionStep
{
    Task<bool> ApplyAsync(WorkflowsDbContext db, BurstResult burst, DateTimeOffset now, CancellationToken cancellationToken);
}
