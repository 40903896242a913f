using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Scheduling;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Astra.Workflows.Modules.Platform.Observability;

/// <summary>
/// Due but unfired rows of every due-row table (timers, escalations, legal alerts, referral timers): a row is deleted
/// when its job fires it, so what is due and still there is waiting. New sources are counted without changes here.
/// </summary>
internal sealed class DueRowBacklog(IEnumerable<IDueRowSource> sources) : IBacklogCounter
{
    public async Task<IReadOnlyList<BacklogCount>> CountAsync(WorkflowsDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var counts = new List<BacklogCount>();
        foreach (var table in sources.OfType<IDueRowTableSource>().Select(s => s.Rows).Distinct())
        {
            // Identifiers come from the sources' constant tables, never from input; the claim query uses the same index.
            var sql = $"SELECT count(*) AS \"Value\" FROM astra.{table.Table} WHERE {table.DueColumn} <= @now";
            var waiting = await db.Database.SqlQueryRaw<long>(sql, new NpgsqlParameter("now", now)).SingleAsync(cancellationToken);
            counts.Add(new BacklogCount(BacklogGauges.DueRowsWaiting, table.Table, waiting));
        }

        return counts;
    }
}
