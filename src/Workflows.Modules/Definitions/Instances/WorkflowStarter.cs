using System.Text.Json;
using Astra.Workflows.Engine.Ports;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Modules.Definitions.Contracts;
using Astra.Workflows.Modules.Platform.Database;
using StartInputException = Astra.Workflows.Engine.Validation.StartInputException;

namespace Astra.Workflows.Modules.Definitions.Instances;

/// <summary>The Definitions side of <see cref="IWorkflowStarter"/>: the same start as the endpoint's, minus its role check.</summary>
internal sealed class WorkflowStarter(InstanceCoordinator coordinator, WorkflowsDbContext db) : IWorkflowStarter
{
    public async Task<WorkflowStart> StartAsync(string definitionId, Guid caseId, JsonElement input, string actor, Guid instanceId, CancellationToken cancellationToken)
    {
        var caseData = await CaseScriptData.LoadAsync(db, caseId, cancellationToken);
        try
        {
            await coordinator.StartAsync(definitionId, caseId, input, actor, caseData, instanceId, cancellationToken);
            return new WorkflowStart(WorkflowStartOutcome.Started, instanceId, []);
        }
        catch (InstanceConflictException)
        {
            return new WorkflowStart(WorkflowStartOutcome.AlreadyStarted, instanceId, []);
        }
        catch (DefinitionNotPublishedException)
        {
            return new WorkflowStart(WorkflowStartOutcome.NotPublished, instanceId, []);
        }
        catch (StartInputException e)
        {
            return new WorkflowStart(WorkflowStartOutcome.InputRefused, instanceId, e.Problems.Select(p => p.Message).ToList());
        }
    }
}
