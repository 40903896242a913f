using System.Text.Json;
using Astra.Workflows.Engine.Activities;
using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Expressions;
using Astra.Workflows.Engine.Time;

namespace Astra.Workflows.Engine.Validation;

/// <summary>
/// Warnings, never errors: a deadline input (a task's <c>due</c>) whose value as written can land on a weekend, public
/// holiday or closure. Hour-only durations count calendar hours on purpose (urgent work) and are not warned about.
/// </summary>
public static class NonWorkingDayWarnings
{
    /// <summary>Script helpers whose result is a working day; a script using none of them can give any day.</summary>
    private static readonly string[] WorkingDayHelpers = ["addWorkingDays(", "workingDaysBefore(", "workingDaysAfter(", "legalDeadline("];

    public static IReadOnlyList<ValidationProblem> Find(WorkflowDefinition definition, ActivityRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(registry);
        var warnings = new List<ValidationProblem>();
        foreach (var activity in definition.Activities)
        {
            if (!registry.TryGet(activity.Type, out var type))
            {
                continue;
            }

            foreach (var input in type.Descriptor.Inputs.Where(i => i.Type == InputType.Deadline))
            {
                if (activity.Inputs.TryGetValue(input.Name, out var value) && Warning(value) is { } reason)
                {
                    warnings.Add(ValidationProblem.Coded(
                        activity.Id,
                        input.Name,
                        reason.Code,
                        $"Activity '{activity.Id}' input '{input.Name}' {reason.Message}",
                        ("activity", activity.Id),
                        ("input", input.Name),
                        ("value", value.ValueKind == JsonValueKind.String ? value.GetString() : null)));
                }
            }
        }

        return warnings;
    }

    /// <summary>True when a due written this way counts calendar hours only (and may fall on any day on purpose).</summary>
    public static bool CountsCalendarHours(JsonElement value) =>
        value.ValueKind == JsonValueKind.String
        && WorkflowDuration.TryParseIso(value.GetString()!, out var duration, out _)
        && duration is { Years: 0, Months: 0, Days: 0 };

    private static (string Code, string Message)? Warning(JsonElement value)
    {
        if (ScriptSyntax.IsScript(value, out var code))
        {
            return UsesWorkingDayHelper(code) ? null
                : (ValidationCodes.DueScriptAnyDay, "is a script that can give a non-working day; use workingDaysBefore/workingDaysAfter, or { \"workingDaysBefore\": n, \"of\": … }.");
        }

        if (value.ValueKind == JsonValueKind.String && WorkflowDuration.TryParseIso(value.GetString()!, out var duration, out _)
            && duration is not { Years: 0, Months: 0, Days: 0 })
        {
            return (ValidationCodes.DueCalendarDays, $"counts calendar days (\"{value.GetString()}\") and can fall due on a non-working day; use {{ \"workingDays\": n }}.");
        }

        return null;
    }

    private static bool UsesWorkingDayHelper(string code) =>
        WorkingDayHelpers.Any(h => code.Contains(h, StringComparison.Ordinal));
}
