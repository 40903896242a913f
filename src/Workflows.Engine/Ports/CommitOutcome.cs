namespace Astra.Workflows.Engine.Ports;

public enum CommitOutcome
{
    Committed,

    /// <summary>The row version moved (or the instance already exists on insert): reload and run the burst again.</summary>
    Conflict,
}
