using System.Text.Json;

namespace Astra.Workflows.Modules.Definitions.Contracts;

/// <summary>What became of a start asked by another module.</summary>
public enum WorkflowStartOutcome
{
    Started,

    /// <summary>An instance with the reserved id exists already: an earlier attempt started it.</summary>
    AlreadyStarted,

    NotPublished,

    /// <summary>The definition refused the input; <see cref="WorkflowStart.Problems"/> says why.</summary>
    InputRefused,
}

public sealed record WorkflowStart(WorkflowStartOutcome Outcome, Guid InstanceId, IReadOnlyList<string> Problems);

/// <summary>
/// Starts the published version of a definition on a case for another module (the hotline's open-case), with the
/// case's script data as <c>POST /api/instances</c> gives it. The start commits in its own burst; the caller passes
/// an id it reserved earlier, so a retry after a failure finds the instance instead of starting a second one.
/// </summary>
public interface IWorkflowStarter
{
    Task<WorkflowStart> StartAsync(string definitionId, Guid caseId, JsonElement input, string actor, Guid instanceId, CancellationToken cancellationToken);
}
