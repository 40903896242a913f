using System.Text.Json;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Modules.Platform.Bursts;

namespace Astra.Workflows.Modules.Definitions.InstanceStorage;

/// <summary>Stores a <c>workflow.start</c> hand-off with the burst that asked for it; it is carried out after the commit.</summary>
internal sealed class StartRequestHandler : SideEffectHandler<StartWorkflowRequest>
{
    protected override ValueTask<BurstVeto?> WriteAsync(BurstWrite write, StartWorkflowRequest effect, CancellationToken cancellationToken)
    {
        write.Db.StartRequests.Add(new StartRequestEntity
        {
            Id = effect.Id,
            RequestedBy = effect.RequestedBy,
            ActivityId = effect.ActivityId,
            DefinitionId = effect.DefinitionId,
            CaseId = effect.CaseId,
            Input = effect.Input.ValueKind == JsonValueKind.Undefined ? "{}" : effect.Input.GetRawText(),
            CreatedAt = write.Now,
        });
        return ValueTask.FromResult<BurstVeto?>(null);
    }
}
