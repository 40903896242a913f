using Astra.Workflows.Modules.Platform.Crypto;
using Astra.Workflows.Modules.Platform.Database;

namespace Astra.Workflows.Modules.Platform.Identity;

/// <summary>Authenticator seeds are sealed under the master key too (ADR 0017); they live in one text column, so they move whole.</summary>
public sealed class AuthenticatorKeyRotation : ISealedRecordRotation
{
    public string Records => "authenticator key";

    public Task<int> RewrapAsync(WorkflowsDbContext db, MasterKey oldKey, MasterKey newKey, CancellationToken cancellationToken) =>
        ProtectedUserStore.RewrapAuthenticatorKeysAsync(db, oldKey, newKey, cancellationToken);
}
