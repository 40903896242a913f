using System.Text.Json;

namespace Astra.Workflows.Engine.Runtime;

/// <summary>Another workflow to start for the same case once this burst has committed (<c>workflow.start</c>).</summary>
public sealed record StartWorkflowRequest(Guid Id, Guid RequestedBy, string ActivityId, string DefinitionId, Guid? CaseId, JsonElement Input);
