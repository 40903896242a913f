using Astra.Workflows.Engine.Runtime;

namespace Astra.Workflows.Modules.Definitions.InstanceStorage;

/// <summary>
/// The part of a resume's answer kept under its idempotency key. The burst itself is not kept: a replay
/// answers with the status and the instance as it is now.
/// </summary>
internal sealed record StoredResumeResult(ResumeStatus Status, string? Message, Guid InstanceId)
{
    public static StoredResumeResult From(ResumeResult result, Guid instanceId) => new(result.Status, result.Message, instanceId);

    public ResumeResult ToResult() => new(Status, null, Message);
}
