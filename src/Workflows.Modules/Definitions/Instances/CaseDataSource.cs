using System.Text.Json;
using Astra.Workflows.Engine.Ports;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Definitions.Instances;

internal sealed class CaseDataSource(IDbContextFactory<WorkflowsDbContext> contexts) : ICaseDataSource
{
    public async Task<JsonElement?> LoadAsync(Guid caseId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await CaseScriptData.LoadAsync(db, caseId, cancellationToken);
    }
}
