using Astra.Workflows.Engine.Runtime;
using Npgsql;

namespace Astra.Workflows.Modules.Platform.Bursts;

/// <summary>
/// A module's work in a burst that is one plain SQL statement: it runs inside the burst's write batch, after the
/// burst's own rows and before its COMMIT (ADR 0053), so it costs no round trip of its own and needs no EF context.
/// A statement that fails rolls the whole burst back.
/// </summary>
public interface IBurstStatementStep
{
    /// <summary>The statement for this burst, or null when the step has nothing to do in it.</summary>
    NpgsqlBatchCommand? StatementFor(BurstResult burst, DateTimeOffset now);
}
