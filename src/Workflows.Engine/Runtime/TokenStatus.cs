using System.Text.Json.Serialization;

namespace Astra.Workflows.Engine.Runtime;

[JsonConverter(typeof(JsonStringEnumConverter<TokenStatus>))]
public enum TokenStatus
{
    /// <summary>The branch is parked on a bookmark.</summary>
    Waiting,

    /// <summary>The activity under the token threw; <c>Retry</c> runs it again.</summary>
    Faulted,
}
