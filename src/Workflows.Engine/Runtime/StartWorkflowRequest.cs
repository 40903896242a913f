using System.Text.Json;

namespace Astra.Workflows.Engine.Runtime;

/// <summary>
/// Another workflow to start for the same case once this burst has committed (<c>workflow.start</c>). A side effect
/// like any other: the store that persists bursts registers its handler (a hand-off row carried out after commit).
/// </summary>
public sealed record StartWorkflowRequest(Guid Id, Guid RequestedBy, string ActivityId, string DefinitionId, Guid? CaseId, JsonElement Input)
    : ActivitySideEffect(RequestedBy, ActivityId);
