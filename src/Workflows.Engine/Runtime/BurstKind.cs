using System.Text.Json.Serialization;

namespace Astra.Workflows.Engine.Runtime;

[JsonConverter(typeof(JsonStringEnumConverter<BurstKind>))]
public enum BurstKind
{
    Start,
    Resume,
    Retry,
    Cancel,
}
