namespace Astra.Workflows.Engine.Runtime;

public enum InstanceStatus
{
    Running,
    Waiting,
    Completed,
    Cancelled,
    Faulted,
}
