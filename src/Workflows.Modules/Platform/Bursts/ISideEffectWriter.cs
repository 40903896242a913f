using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Engine.Runtime;

namespace Astra.Workflows.Modules.Platform.Bursts;

/// <summary>Writes one kind of <see cref="ActivitySideEffect"/> (a human task, a hearing alert) into the burst's transaction.</summary>
public interface ISideEffectWriter
{
    bool CanWrite(ActivitySideEffect effect);

    void Write(WorkflowsDbContext db, ActivitySideEffect effect, DateTimeOffset now);
}
