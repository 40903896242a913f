namespace Astra.Workflows.Engine.Runtime;

public enum BurstKind
{
    Start,
    Resume,
    Retry,
    Cancel,
}
