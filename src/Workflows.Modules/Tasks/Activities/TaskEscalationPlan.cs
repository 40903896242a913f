using System.Globalization;
using System.Text.Json;
using Astra.Workflows.Modules.Tasks.Activities;
using Astra.Workflows.Engine.Time;

namespace Astra.Workflows.Modules.Tasks.Activities;

/// <summary>
/// Plans a task's escalations from its <c>escalations</c> input, or from the organisation's defaults when the task
/// declares none (DOMAIN.md: at 80 % remind the assignee; at due notify the coordinator and raise priority; one
/// working day overdue notify the director). <c>after</c> is <c>"80%"</c> of the time, <c>"due"</c>, or a duration after due.
/// </summary>
public static class TaskEscalationPlan
{
    public const string CoordinatorRole = "Coordinator";
    public const string DirectorRole = "Director";

    /// <summary>The keys a rule may have; any other is refused, as a misspelt key would silently do nothing.</summary>
    public static IReadOnlyList<string> RuleKeys { get; } = ["after", "notify", "raisePriority", "reassignTo"];

    public static JsonElement Defaults { get; } = JsonSerializer.SerializeToElement(new object[]
    {
        new { after = "80%", notify = new[] { TaskEscalationStep.Assignee } },
        new { after = "due", notify = new[] { CoordinatorRole }, raisePriority = true },
        new { after = new { workingDays = 1 }, notify = new[] { DirectorRole } },
    });

    public static IReadOnlyList<TaskEscalationStep> Plan(JsonElement? declared, DateTimeOffset createdAt, DateTimeOffset? dueAt, IWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (dueAt is not { } due)
        {
            // Nothing to escalate against: a task without a deadline only sits in its queue.
            return [];
        }

        var rules = declared is { ValueKind: JsonValueKind.Array } list ? list : Defaults;
        var steps = new List<TaskEscalationStep>();
        foreach (var rule in rules.EnumerateArray())
        {
            var fireAt = FireAt(rule.GetProperty("after"), createdAt, due, calendar);
            var notify = rule.TryGetProperty("notify", out var n) && n.ValueKind == JsonValueKind.Array
                ? n.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
                : [];
            var raise = rule.TryGetProperty("raisePriority", out var r) && r.ValueKind == JsonValueKind.True;
            var reassign = rule.TryGetProperty("reassignTo", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
            steps.Add(new TaskEscalationStep(0, fireAt, notify, raise, reassign));
        }

        return steps.OrderBy(s => s.FireAt).Select((s, i) => s with { Level = i + 1 }).ToList();
    }

    /// <summary>Problems with a declared rule list, for the definition validator: (path, message).</summary>
    public static IEnumerable<DeclarationProblem> CheckDeclaration(JsonElement rules)
    {
        if (rules.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        var index = 0;
        foreach (var rule in rules.EnumerateArray())
        {
            var path = $"escalations[{index++}]";
            if (rule.ValueKind != JsonValueKind.Object || !rule.TryGetProperty("after", out var after))
            {
                yield return DeclarationProblem.Of(path, TaskValidationCodes.EscalationNeedsAfter, "needs \"after\": \"80%\", \"due\" or a duration after due.");
                continue;
            }

            foreach (var unknown in rule.EnumerateObject().Where(p => !RuleKeys.Contains(p.Name, StringComparer.Ordinal)))
            {
                yield return DeclarationProblem.Of($"{path}.{unknown.Name}", TaskValidationCodes.EscalationUnknownKey, $"is not a key of an escalation rule; use {string.Join(", ", RuleKeys)}.", ("key", unknown.Name), ("keys", string.Join(", ", RuleKeys)));
            }

            if (!IsAfter(after))
            {
                yield return DeclarationProblem.Of($"{path}.after", TaskValidationCodes.EscalationAfterInvalid, $"'{after.GetRawText()}' is not a percentage, \"due\" or a duration.", ("value", after.GetRawText()));
            }

            var hasNotify = rule.TryGetProperty("notify", out var notify) && notify.ValueKind == JsonValueKind.Array && notify.GetArrayLength() > 0;
            var acts = hasNotify || rule.TryGetProperty("raisePriority", out _) || rule.TryGetProperty("reassignTo", out _);
            if (!acts)
            {
                yield return DeclarationProblem.Of(path, TaskValidationCodes.EscalationDoesNothing, "does nothing: give \"notify\", \"raisePriority\" or \"reassignTo\".");
            }
        }
    }

    private static bool IsAfter(JsonElement after) =>
        after.ValueKind == JsonValueKind.String && (after.GetString() == "due" || TryPercent(after.GetString()!, out _))
        || WorkflowDuration.TryParse(after, out _, out _);

    private static DateTimeOffset FireAt(JsonElement after, DateTimeOffset createdAt, DateTimeOffset due, IWorkingDayCalendar calendar)
    {
        if (after.ValueKind == JsonValueKind.String && after.GetString() == "due")
        {
            return due;
        }

        if (after.ValueKind == JsonValueKind.String && TryPercent(after.GetString()!, out var percent))
        {
            return createdAt + ((due - createdAt) * (percent / 100));
        }

        if (!WorkflowDuration.TryParse(after, out var duration, out var error))
        {
            throw new InvalidOperationException($"Escalation 'after': {error}.");
        }

        if (duration!.WorkingDays is { } days)
        {
            // Counted from the deadline's own day: "one working day overdue" is the end of the next working day.
            var lastDay = DateOnly.FromDateTime(OrganisationTime.ToLocal(due.AddTicks(-1)).DateTime);
            return days == 0 ? due : OrganisationTime.EndOfDay(calendar.AddWorkingDays(lastDay, days));
        }

        return duration.AddTo(due, calendar);
    }

    private static bool TryPercent(string text, out double percent)
    {
        percent = 0;
        return text.EndsWith('%')
            && double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out percent)
            && percent is >= 0 and <= 100;
    }
}
