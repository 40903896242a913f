namespace Astra.Workflows.Engine.Runtime;

public enum TokenStatus
{
    /// <summary>The branch is parked on a bookmark.</summary>
    Waiting,

    /// <summary>The activity under the token threw; <c>Retry</c> runs it again.</summary>
    Faulted,
}
