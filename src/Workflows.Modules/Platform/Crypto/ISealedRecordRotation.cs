using Astra.Workflows.Modules.Platform.Database;

namespace Astra.Workflows.Modules.Platform.Crypto;

/// <summary>
/// One kind of row sealed under the master key, as a master-key rotation moves it. Every implementation in the
/// modules is registered (<see cref="SealedRecordRotations.AddSealedRecordRotations"/>) and the rotate command runs
/// them all, so a module's sealed rows are rotated by declaring the rotation, not by editing the command.
/// </summary>
public interface ISealedRecordRotation
{
    /// <summary>What the operator reads in the command's output, e.g. "client identity".</summary>
    string Records { get; }

    /// <summary>Moves every row still under <paramref name="oldKey"/> to <paramref name="newKey"/>; returns how many moved. Resumable.</summary>
    Task<int> RewrapAsync(WorkflowsDbContext db, MasterKey oldKey, MasterKey newKey, CancellationToken cancellationToken);
}
