using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Modules.Tasks.Contracts;
using Astra.Workflows.Modules.Platform.Database;
using System.Text.Json;
using Astra.Workflows.Modules.Tasks.Activities;
using Astra.Workflows.Modules.Definitions.Contracts;
using Astra.Workflows.Modules.Platform.Bursts;

namespace Astra.Workflows.Modules.Tasks.Storage;

/// <summary>Inserts the task row and its planned escalations in the transaction that creates the task's bookmark.</summary>
public sealed class HumanTaskCreatedHandler : SideEffectHandler<HumanTaskCreated>
{
    protected override ValueTask<BurstVeto?> WriteAsync(BurstWrite write, HumanTaskCreated created, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(created);
        var (db, now) = (write.Db, write.Now);
        // The runner names the bookmark after the activity returns; the store has already written its row.
        var bookmarkId = BurstBookmarks.IdOf(write.Burst, created.BookmarkKey);
        db.Tasks.Add(new TaskEntity
        {
            Id = created.TaskId,
            InstanceId = created.InstanceId,
            ActivityId = created.ActivityId,
            BookmarkId = bookmarkId,
            BookmarkKey = created.BookmarkKey,
            CaseId = created.CaseId,
            CaseCode = created.CaseCode,
            TaskType = created.TaskType,
            Title = created.Title,
            Description = created.Description,
            Role = created.Role,
            AssigneeId = created.AssigneeId,
            Status = TaskStatuses.Open,
            Priority = created.Priority,
            DueAt = created.DueAt,
            DueSort = created.DueAt ?? TaskEntity.NoDeadline,
            FollowUpAt = created.FollowUpAt,
            CreatedAt = created.CreatedAt,
            Form = JsonSerializer.Serialize(created.Form, JsonSerializerOptions.Web),
            Outcomes = JsonSerializer.Serialize(created.Outcomes, JsonSerializerOptions.Web),
            Texts = (created.Texts ?? TaskTexts.None).ToJson(),
            Revision = 1,
        });
        if (created.CaseId is { } caseId && created.AssigneeId is { } assignee)
        {
            // Whoever a task is assigned to joins the case's team, or they could not see their own task.
            CaseTeams.Add(db, caseId, assignee, null, now);
        }

        db.TaskEscalationTimers.AddRange(created.Escalations.Select(step => new TaskEscalationTimerEntity
        {
            Id = Guid.CreateVersion7(now),
            TaskId = created.TaskId,
            Level = step.Level,
            FireAt = step.FireAt,
            Notify = JsonSerializer.Serialize(step.Notify, JsonSerializerOptions.Web),
            RaisePriority = step.RaisePriority,
            ReassignToRole = step.ReassignToRole,
            CreatedAt = now,
        }));
        return ValueTask.FromResult<BurstVeto?>(null);
    }
}
