using Astra.Workflows.Modules.Tasks.Contracts;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Modules.Platform.Bursts;
using Astra.Workflows.Modules.Tasks.Activities;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Astra.Workflows.Modules.Tasks.Storage;

/// <summary>
/// Closes task rows in the burst's transaction once its rows are saved. A task whose bookmark this burst consumed
/// other than by completing it (instance cancelled, a join in any mode) is cancelled; completions were written by
/// <see cref="HumanTaskCompletedHandler"/>. Closing a task drops its pending escalations.
/// A burst with no side effects (a resume by an event, a timer, a cancellation) needs only the cancelling part, which
/// is one statement in the burst's write batch (ADR 0053); a burst with side effects (a completion among them) closes
/// its tasks through EF after the handlers' rows are saved, as the completion must be written before the rest is cancelled.
/// </summary>
public sealed class TaskClosingStep : IBurstTransactionStep, IBurstStatementStep
{
    private const string CancelOpenTasks = $"""
        WITH cancelled AS (
            UPDATE astra.tasks SET status = '{TaskStatuses.Cancelled}', completed_at = $2, revision = revision + 1
            WHERE bookmark_id = ANY($1) AND status = '{TaskStatuses.Open}'
            RETURNING id)
        DELETE FROM astra.task_escalation_timers WHERE task_id IN (SELECT id FROM cancelled)
        """;

    public bool AppliesTo(BurstResult burst)
    {
        ArgumentNullException.ThrowIfNull(burst);
        return burst.SideEffects.Count > 0;
    }

    public NpgsqlBatchCommand? StatementFor(BurstResult burst, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(burst);
        if (burst.SideEffects.Count > 0 || burst.BookmarksConsumed.Count == 0)
        {
            return null;
        }

        var consumed = new string[burst.BookmarksConsumed.Count];
        for (var i = 0; i < consumed.Length; i++)
        {
            consumed[i] = burst.BookmarksConsumed[i];
        }

        var command = new NpgsqlBatchCommand(CancelOpenTasks);
        command.Parameters.Add(new NpgsqlParameter { Value = consumed, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = now, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        return command;
    }

    public async Task<bool> ApplyAsync(WorkflowsDbContext db, BurstResult burst, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(burst);
        var closed = burst.SideEffects.OfType<HumanTaskCompleted>().Select(c => c.TaskId).ToList();
        if (burst.BookmarksConsumed.Count > 0)
        {
            var consumed = burst.BookmarksConsumed.ToList();
            var cancelled = await db.Tasks.Where(t => t.BookmarkId != null && consumed.Contains(t.BookmarkId) && t.Status == TaskStatuses.Open)
                .Select(t => t.Id).ToListAsync(cancellationToken);
            if (cancelled.Count > 0)
            {
                await db.Tasks.Where(t => cancelled.Contains(t.Id) && t.Status == TaskStatuses.Open).ExecuteUpdateAsync(s => s
                    .SetProperty(t => t.Status, TaskStatuses.Cancelled)
                    .SetProperty(t => t.CompletedAt, now)
                    .SetProperty(t => t.Revision, t => t.Revision + 1), cancellationToken);
                closed.AddRange(cancelled);
            }
        }

        if (closed.Count > 0)
        {
            await db.TaskEscalationTimers.Where(e => closed.Contains(e.TaskId)).ExecuteDeleteAsync(cancellationToken);
        }

        return true;
    }
}
