using System.Text.Json;
using Astra.Workflows.Modules.Tasks.Activities;
using Astra.Workflows.Engine.Activities;
using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Engine.Validation;

namespace Astra.Workflows.Modules.Tasks.Activities;

/// <summary>
/// A human task: suspends its branch on a task bookmark and records a <see cref="HumanTaskCreated"/> for the task
/// row. Completing the task resumes the branch on the chosen outcome; the form data becomes <c>task.data</c>
/// (and <c>resultVariable</c> when set).
/// </summary>
public sealed class HumanTaskActivity : IActivity
{
    public const string Key = "task.human";

    private const string DeadlineHelp = "ISO 8601 (P3D, PT4H), { \"workingDays\": n } from today, or { \"workingDaysBefore\" | \"workingDaysAfter\": n, \"of\": date or script }.";

    public ActivityDescriptor Descriptor { get; } = new()
    {
        Key = Key,
        DisplayName = "Human task",
        Category = "Tasks",
        Description = "A task for a person or a role, with a deadline on the working-day calendar, a form and outcomes.",
        Inputs =
        [
            new() { Name = "taskType", Type = InputType.Text, Required = true, UiHint = "singleline", Description = "Stable kind of task, e.g. register-proceeding; queues filter on it." },
            new() { Name = "title", Type = InputType.Text, Required = true, Syntax = InputSyntax.Literal | InputSyntax.Template, UiHint = "singleline", Translatable = true },
            new() { Name = "description", Type = InputType.Text, Syntax = InputSyntax.Literal | InputSyntax.Template, UiHint = "multiline", Translatable = true },
            new() { Name = "role", Type = InputType.Text, Syntax = InputSyntaxes.All, UiHint = "role", Description = "Role whose members may claim the task." },
            new() { Name = "assignee", Type = InputType.Text, Syntax = InputSyntaxes.All, UiHint = "user", Description = "User id the task is assigned to at once." },
            new() { Name = "due", Type = InputType.Deadline, Syntax = InputSyntaxes.LiteralOrExpression, UiHint = "duration", Description = DeadlineHelp },
            new() { Name = "followUp", Type = InputType.Deadline, Syntax = InputSyntaxes.LiteralOrExpression, UiHint = "duration", Description = DeadlineHelp },
            new() { Name = "priority", Type = InputType.Text, Syntax = InputSyntaxes.All, Options = TaskPriority.All, Default = JsonSerializer.SerializeToElement(TaskPriority.Normal), UiHint = "dropdown" },
            new() { Name = "form", Type = InputType.List, UiHint = "task-form", Description = "[{ \"name\", \"label\", \"type\": text|number|date|boolean|choice, \"required\", \"options\" }]" },
            new() { Name = "outcomes", Type = InputType.List, UiHint = "outcomes", Description = "[\"Approved\", \"Rejected\"]; a task without outcomes completes on Done." },
            new() { Name = "escalations", Type = InputType.List, UiHint = "escalations", Description = "[{ \"after\": \"80%\" | \"due\" | duration, \"notify\": [roles | \"assignee\"], \"raisePriority\", \"reassignTo\" }]; organisation defaults when absent." },
            new() { Name = "resultVariable", Type = InputType.Text, UiHint = "variable", Description = "Variable that receives the form data." },
        ],
        Outcomes = [ConnectionDefinition.DefaultOutcome],
        DynamicOutcomesInput = "outcomes",
        CanWait = true,
    };

    public IReadOnlyList<string> GetOutcomes(ActivityDefinition activity)
    {
        var outcomes = ActivityOutcomes.Resolve(Descriptor with { Outcomes = [] }, activity);
        return outcomes.Count > 0 ? outcomes : Descriptor.Outcomes;
    }

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = context.Now;
        var taskId = Guid.CreateVersion7(now);
        var role = Blank(context.GetText("role"));
        var assignee = Blank(context.GetText("assignee"));
        if (role is null && assignee is null)
        {
            throw new InvalidOperationException($"Task '{context.Activity.Id}' has neither a role nor an assignee.");
        }

        Guid? assigneeId = assignee is null ? null
            : Guid.TryParse(assignee, out var id) ? id
            : throw new InvalidOperationException($"Task '{context.Activity.Id}': assignee must be a user id.");
        var priorityName = context.GetText("priority") ?? TaskPriority.Normal;
        if (!TaskPriority.TryRank(priorityName, out var priority))
        {
            throw new InvalidOperationException($"Task '{context.Activity.Id}': priority '{priorityName}' is not one of {string.Join(", ", TaskPriority.All)}.");
        }

        var due = TaskDeadline.Resolve(context.GetInput("due"), now, context.Calendar, "due", context.EvaluateScript);
        var followUp = TaskDeadline.Resolve(context.GetInput("followUp"), now, context.Calendar, "followUp", context.EvaluateScript);
        var key = HumanTaskCreated.KeyFor(taskId);
        context.AddSideEffect(new HumanTaskCreated(
            taskId,
            context.InstanceId,
            context.Activity.Id,
            key,
            context.CaseId,
            // The pseudonymous code is the only case field queues and e-mails show; it is in the template scope.
            context.CaseId is null ? null : Blank(context.RenderTemplate("{{ case.code }}")),
            context.GetRequiredText("taskType"),
            context.GetRequiredText("title"),
            Blank(context.GetText("description")),
            role,
            assigneeId,
            priority,
            due,
            followUp,
            TaskForm.Parse(context.Activity.Inputs.TryGetValue("form", out var form) ? form : null),
            GetOutcomes(context.Activity),
            TaskEscalationPlan.Plan(context.Activity.Inputs.TryGetValue("escalations", out var rules) ? rules : null, now, due, context.Calendar),
            now,
            TaskTexts.From(context)));
        var data = JsonSerializer.SerializeToElement(new { taskId }, JsonSerializerOptions.Web);
        return ValueTask.FromResult(ActivityResult.Suspend(new BookmarkRequest(BookmarkKinds.Task, key, Data: data)));
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Bookmark bookmark, ResumePayload payload)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(bookmark);
        ArgumentNullException.ThrowIfNull(payload);
        var outcomes = GetOutcomes(context.Activity);
        var outcome = payload.Outcome ?? (outcomes.Count == 1 ? outcomes[0] : null);
        if (outcome is null || !outcomes.Contains(outcome, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"Task '{context.Activity.Id}' has no outcome '{outcome}'.");
        }

        var completion = TaskCompletion.From(payload.Data);
        var data = completion?.Data is { ValueKind: JsonValueKind.Object } d ? d : Engine.Expressions.JsonValues.EmptyObject;
        var taskId = completion?.TaskId ?? TaskIdOf(bookmark);
        context.SetLastTask(JsonSerializer.SerializeToElement(new
        {
            id = taskId,
            taskType = context.GetText("taskType"),
            outcome,
            data,
            completedBy = completion?.CompletedBy,
            completedAt = context.Now,
        }, JsonSerializerOptions.Web));
        if (Blank(context.GetText("resultVariable")) is { } variable)
        {
            context.SetVariable(variable, data);
        }

        if (taskId is { } id)
        {
            context.AddSideEffect(new HumanTaskCompleted(id, context.InstanceId, context.Activity.Id, completion?.Revision ?? -1, outcome, data, completion?.CompletedBy, context.Now));
        }

        return ValueTask.FromResult(ActivityResult.Outcome(outcome));
    }

    public void Validate(ActivityDefinition activity, ActivityValidationContext problems)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(problems);
        if (!activity.Inputs.ContainsKey("role") && !activity.Inputs.ContainsKey("assignee"))
        {
            problems.Report("role", TaskValidationCodes.NeedsRole, $"Activity '{activity.Id}' needs a 'role' or an 'assignee'.");
        }

        if (activity.Inputs.TryGetValue("form", out var form))
        {
            foreach (var problem in TaskForm.CheckShape(form).Concat(TaskForm.CheckDeclaration(TaskForm.Parse(form))))
            {
                Report(problems, activity, problem);
            }
        }

        if (activity.Inputs.TryGetValue("escalations", out var escalations))
        {
            foreach (var problem in TaskEscalationPlan.CheckDeclaration(escalations))
            {
                Report(problems, activity, problem);
            }
        }

        if (activity.Inputs.TryGetValue("resultVariable", out var name) && name.ValueKind == JsonValueKind.String
            && !problems.Definition.Variables.Any(v => v.Name == name.GetString()))
        {
            problems.Report("resultVariable", ValidationCodes.VariableNotDeclared, $"Activity '{activity.Id}' input 'resultVariable': variable '{name.GetString()}' is not declared in variables.", ("variable", name.GetString()));
        }
    }

    private static void Report(ActivityValidationContext problems, ActivityDefinition activity, DeclarationProblem problem) =>
        problems.Report(
            problem.Path,
            problem.Code,
            $"Activity '{activity.Id}' input '{problem.Path}': {problem.Message}",
            [.. (problem.Args ?? new Dictionary<string, string>()).Select(a => (a.Key, (object?)a.Value))]);

    private static Guid? TaskIdOf(Bookmark bookmark) =>
        bookmark.Data is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("taskId", out var id) && id.TryGetGuid(out var taskId) ? taskId : null;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
