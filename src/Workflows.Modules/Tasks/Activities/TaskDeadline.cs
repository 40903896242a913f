using System.Globalization;
using System.Text.Json;
using Astra.Workflows.Engine.Expressions;
using Astra.Workflows.Engine.Time;

namespace Astra.Workflows.Modules.Tasks.Activities;

/// <summary>
/// Turns a <c>due</c> / <c>followUp</c> value into an instant: a duration from now (ISO 8601 or
/// <c>{ "workingDays": n }</c>, which ends at the end of that day in Belgrade), working days before or after a date
/// (<see cref="WorkingDayAnchor"/>, end of that day), a date (end of that day) or an instant.
/// </summary>
public static class TaskDeadline
{
    /// <param name="evaluate">Runs a script nested in the value (the anchor's <c>of</c>), given its code and path.</param>
    public static DateTimeOffset? Resolve(JsonElement? value, DateTimeOffset now, IWorkingDayCalendar calendar, string input, Func<string, string, JsonElement>? evaluate = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (value is not { } v || v.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        if (WorkingDayAnchor.TryParse(v, out var anchor, out var anchorError))
        {
            if (anchor is null)
            {
                throw new InvalidOperationException($"Input '{input}': {anchorError}.");
            }

            var of = ScriptSyntax.IsScript(anchor.Of, out var code)
                ? (evaluate ?? throw new InvalidOperationException($"Input '{input}': '{WorkingDayAnchor.OfProperty}' cannot be a script here."))(code, $"{input}.{WorkingDayAnchor.OfProperty}")
                : anchor.Of;
            var day = WorkingDayAnchor.ToDay(of)
                ?? throw new InvalidOperationException($"Input '{input}': '{WorkingDayAnchor.OfProperty}' gave {Describe(of)}, not a date (yyyy-MM-dd) or an ISO 8601 instant.");
            return OrganisationTime.EndOfDay(anchor.DueDay(day, calendar));
        }

        if (WorkflowDuration.TryParse(v, out var duration, out var error))
        {
            return duration!.AddTo(now, calendar);
        }

        if (v.ValueKind == JsonValueKind.String)
        {
            var text = v.GetString()!;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return OrganisationTime.EndOfDay(day);
            }

            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
            {
                return instant.ToUniversalTime();
            }
        }

        throw new InvalidOperationException($"Input '{input}': {error}, a date (yyyy-MM-dd) or an ISO 8601 instant.");
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "text",
        JsonValueKind.Null or JsonValueKind.Undefined => "nothing",
        var kind => kind.ToString().ToLowerInvariant(),
    };
}
