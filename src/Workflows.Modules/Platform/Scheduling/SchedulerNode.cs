namespace Astra.Workflows.Modules.Platform.Scheduling;

/// <summary>
/// This process as a holder of claims (ADR 0031): rows it claims or whose job it runs carry <see cref="Id"/>, and its
/// heartbeat keeps them held. A restarted process is a new node, so its predecessor's rows lapse like any dead node's.
/// </summary>
public sealed class SchedulerNode
{
    public Guid Id { get; } = Guid.NewGuid();

    /// <summary>Host and process id, as in Hangfire's server name, so an operator (or the fault suite) can tell nodes apart.</summary>
    public string Name { get; } = $"{Environment.MachineName}-{Environment.ProcessId}";
}
