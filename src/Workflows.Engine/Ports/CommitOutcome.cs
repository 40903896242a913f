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

    /// <summary>
    /// A start ran on a definition version that is no longer the newest published one (published since, e.g. on
    /// another node); nothing was written. Ask for the published version again and run the start on it.
    /// </summary>
    Stale,
}
