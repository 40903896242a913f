using System.Text.Json.Serialization;

namespace Astra.Workflows.Engine.Runtime;

[JsonConverter(typeof(JsonStringEnumConverter<InstanceStatus>))]
public enum InstanceStatus
{
    Running,
    Waiting,
    Completed,
    Cancelled,
    Faulted,
}
