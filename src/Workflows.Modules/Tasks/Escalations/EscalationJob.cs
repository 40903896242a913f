using Astra.Workflows.Modules.Users.Contracts;
using Astra.Workflows.Modules.Tasks.Contracts;
using System.Text.Json;
using Astra.Workflows.Modules.Tasks.Activities;
using Astra.Workflows.Modules.Notifications.Contracts;
using Astra.Workflows.Modules.Tasks.Notices;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Scheduling;
using Astra.Workflows.Modules.Tasks.Storage;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Tasks.Escalations;

/// <summary>
/// Fires one escalation. It re-reads the row (the argument is its id), hands an early firing back, and otherwise in one
/// transaction: removes the row (so it fires once), records the level on the task and in <c>task_escalations</c>,
/// raises the priority or reassigns as planned, and writes the notifications and outbox e-mails.
/// </summary>
public sealed class EscalationJob(IDbContextFactory<WorkflowsDbContext> contexts, TaskNotifier notifier, SchedulerNode node, TimeProvider time)
{
    /// <summary>The scheduler's job: fires if the row still carries this claim (a stale re-run of a dead node's job does nothing).</summary>
    [AutomaticRetry(Attempts = 5)]
    public async Task<string> FireAsync(Guid escalationId, DateTimeOffset claim, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await DueRows.AdoptAsync(db, EscalationDueRows.Table, escalationId, claim, node.Id, cancellationToken))
        {
            return "superseded";
        }

        return await FireAsync(db, escalationId, cancellationToken);
    }

    /// <summary>Fires regardless of any claim (jobs enqueued before claims had tokens, an operator's retry).</summary>
    [AutomaticRetry(Attempts = 5)]
    public async Task<string> FireAsync(Guid escalationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await FireAsync(db, escalationId, cancellationToken);
    }

    private async Task<string> FireAsync(WorkflowsDbContext db, Guid escalationId, CancellationToken cancellationToken)
    {
        var row = await db.TaskEscalationTimers.AsNoTracking().FirstOrDefaultAsync(e => e.Id == escalationId, cancellationToken);
        if (row is null)
        {
            return "gone";
        }

        var now = time.GetUtcNow();
        if (row.FireAt > now)
        {
            await DueRows.ReleaseAsync(db, EscalationDueRows.Table, escalationId, cancellationToken);
            return "early";
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Task row first, then the escalation row: the order a completing burst takes them in, so the two never deadlock.
        // The lock also makes two escalations of one task that fall due together apply one after the other.
        var task = (await db.Tasks.FromSql($"SELECT * FROM astra.tasks WHERE id = {row.TaskId} FOR UPDATE").ToListAsync(cancellationToken)).FirstOrDefault();
        if (await db.TaskEscalationTimers.Where(e => e.Id == escalationId).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return "gone";
        }

        if (task is null || task.Status != TaskStatuses.Open)
        {
            await transaction.CommitAsync(cancellationToken);
            return "gone";
        }

        var notify = JsonSerializer.Deserialize<List<string>>(row.Notify, JsonSerializerOptions.Web) ?? [];
        var recipients = await RecipientsAsync(db, task, notify, cancellationToken);
        var actions = new List<string>();
        if (notify.Count > 0)
        {
            actions.Add($"notify:{string.Join(",", notify)}");
        }

        if (row.RaisePriority)
        {
            task.Priority = TaskPriority.Raise(task.Priority);
            actions.Add($"raise-priority:{TaskPriority.Name(task.Priority)}");
        }

        if (row.ReassignToRole is { } role)
        {
            task.Role = role;
            task.AssigneeId = null;
            // Only a reassignment takes the task from its holder, so only it makes their revision stale.
            task.Revision++;
            actions.Add($"reassign:{role}");
        }

        task.EscalationLevel = Math.Max(task.EscalationLevel, row.Level);
        db.TaskEscalations.Add(new TaskEscalationEntity { Id = Guid.CreateVersion7(now), TaskId = task.Id, Level = row.Level, At = now, Action = string.Join("; ", actions) });
        var kind = task.DueAt is not { } due ? NotificationKinds.Escalated
            : row.FireAt < due ? NotificationKinds.Reminder
            : row.FireAt == due ? NotificationKinds.Overdue
            : NotificationKinds.Escalated;
        await notifier.AddAsync(db, task, recipients, kind, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return "fired";
    }

    private static async Task<List<Guid>> RecipientsAsync(WorkflowsDbContext db, TaskEntity task, List<string> notify, CancellationToken cancellationToken)
    {
        var roles = notify.Where(n => n != TaskEscalationStep.Assignee).ToList();
        if (notify.Contains(TaskEscalationStep.Assignee))
        {
            if (task.AssigneeId is { } assignee)
            {
                var users = await UsersInRoles.ListAsync(db, roles, cancellationToken);
                return [assignee, .. users.Where(u => u != assignee)];
            }

            // Nobody holds it yet: remind those who could take it.
            if (task.Role is { } role)
            {
                roles.Add(role);
            }
        }

        return await UsersInRoles.ListAsync(db, roles, cancellationToken);
    }
}
