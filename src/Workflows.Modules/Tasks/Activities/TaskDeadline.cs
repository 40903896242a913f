using System.Globalization;
using System.Text.Json;
using Astra.Workflows.Engine.Time;

namespace Astra.Workflows.Modules.Tasks.Activities;

/// <summary>
/// Turns a <c>due</c> / <c>followUp</c> value into an instant: a duration from now (ISO 8601 or
/// <c>{ "workingDays": n }</c>, which ends at the end of that day in Belgrade), a date (end of that day) or an instant.
/// </summary>
public static class TaskDeadline
{
    public static DateTimeOffset? Resolve(JsonElement? value, DateTimeOffset now, IWorkingDayCalendar calendar, string input)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (value is not { } v || v.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
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
}
