using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Definitions.InstanceStorage;
using Astra.Workflows.Modules.Platform.Bursts;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Definitions.Instances;

/// <summary>
/// Every started instance is audited in the transaction that creates it: by a person through the API, by another
/// workflow (<c>workflow.start</c>) or by the service. The actor comes from the start's journal.
/// </summary>
internal sealed class InstanceStartAudit(IHttpContextAccessor http, AuditKey auditKey) : IBurstTransactionStep
{
    private const string UserActorPrefix = "user:";

    public bool AppliesTo(BurstResult burst) => burst?.Kind == BurstKind.Start;

    public async Task<bool> ApplyAsync(WorkflowsDbContext db, BurstResult burst, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(burst);
        if (burst.Kind != BurstKind.Start)
        {
            return true;
        }

        var instance = burst.Instance;
        var actor = burst.Journal.Count > 0 ? burst.Journal[0].Actor : RunContext.SystemActor;
        Guid? userId = actor.StartsWith(UserActorPrefix, StringComparison.Ordinal) && Guid.TryParse(actor.AsSpan(UserActorPrefix.Length), out var id) ? id : null;
        // The audit is the system's record: it names the case whoever started the instance.
        var code = instance.CaseId is { } caseId
            ? await CaseLookup.CodeForSystemAsync(db, caseId, cancellationToken)
            : null;
        var record = new AuditRecord(
            userId,
            AuditActions.InstanceStart,
            "instance",
            instance.Id.ToString("D"),
            instance.CaseId,
            code,
            AuditOutcomes.Ok,
            http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
            $"{instance.DefinitionId} v{instance.DefinitionVersion}" + (userId is null ? $" by {actor}" : string.Empty));
        await AuditTrail.AppendAsync(db, auditKey, record, now, cancellationToken);
        return true;
    }
}
