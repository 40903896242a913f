namespace Astra.Workflows.Engine.Ports;

public enum CommitOutcome
{
    Committed,

    /// <summary>The row version moved (or the instance already exists on insert): reload and run the burst again.</summary>
    Conflict,

    /// <summary>
    /// A module's side-effect handler refused the burst (e.g. a task completed at a revision that moved on); nothing
    /// was written and running the burst again would be refused again, so it is not retried.
    /// </summary>
    Vetoed,
}
