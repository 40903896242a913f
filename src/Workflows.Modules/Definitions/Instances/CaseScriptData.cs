using Astra.Workflows.Modules.Cases.Contracts;
using System.Text.Json;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Definitions.Instances;

/// <summary>What scripts see as <c>case</c>: the pseudonymous code and phase, never the client's identity.</summary>
internal static class CaseScriptData
{
    public static async Task<JsonElement?> LoadAsync(WorkflowsDbContext db, Guid? caseId, CancellationToken cancellationToken)
    {
        if (caseId is null)
        {
            return null;
        }

        var row = await CaseLookup.FindAsync(db, caseId.Value, cancellationToken);
        return row is null ? null : JsonSerializer.SerializeToElement(new { id = row.Id, code = row.Code, phase = row.Phase }, JsonSerializerOptions.Web);
    }
}
