using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Astra.Workflows.Engine.Time;

/// <summary>
/// A duration from a definition: ISO 8601 (<c>P3D</c>, <c>PT4H</c>, <c>P1M2DT3H</c>) or <c>{ "workingDays": n }</c>
/// (due at the end of the n-th working day from today, Belgrade time).
/// Date parts are calendar arithmetic in Belgrade time (P1D over a DST change is one local day, not 24 h).
/// </summary>
public sealed partial record WorkflowDuration
{
    public int Years { get; init; }
    public int Months { get; init; }
    public int Days { get; init; }
    public TimeSpan Time { get; init; }
    public int? WorkingDays { get; init; }

    [GeneratedRegex(@"^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    public static bool TryParse(JsonElement value, out WorkflowDuration? duration, out string? error)
    {
        duration = null;
        error = null;
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return TryParseIso(value.GetString()!, out duration, out error);
            case JsonValueKind.Object when value.TryGetProperty("workingDays", out var wd):
                if (wd.ValueKind == JsonValueKind.Number && wd.TryGetInt32(out var n) && n >= 0)
                {
                    duration = new WorkflowDuration { WorkingDays = n };
                    return true;
                }

                error = "workingDays must be a whole number of days, 0 or more";
                return false;
            default:
                error = "expected an ISO 8601 duration such as \"P3D\" or \"PT4H\", or { \"workingDays\": n }";
                return false;
        }
    }

    public static bool TryParseIso(string text, out WorkflowDuration? duration, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        duration = null;
        error = null;
        var match = IsoPattern().Match(text.Trim().ToUpperInvariant());
        if (!match.Success)
        {
            error = $"'{text}' is not an ISO 8601 duration such as \"P3D\" or \"PT4H\"";
            return false;
        }

        int Part(int group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        var seconds = match.Groups[7].Success ? double.Parse(match.Groups[7].Value, CultureInfo.InvariantCulture) : 0;
        duration = new WorkflowDuration
        {
            Years = Part(1),
            Months = Part(2),
            Days = (Part(3) * 7) + Part(4),
            Time = TimeSpan.FromHours(Part(5)) + TimeSpan.FromMinutes(Part(6)) + TimeSpan.FromSeconds(seconds),
        };
        return true;
    }

    /// <summary>The instant this duration ends when it starts at <paramref name="from"/>.</summary>
    public DateTimeOffset AddTo(DateTimeOffset from, IWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var local = OrganisationTime.ToLocal(from);
        if (WorkingDays is { } workingDays)
        {
            var due = calendar.AddWorkingDays(DateOnly.FromDateTime(local.DateTime), workingDays);
            return OrganisationTime.EndOfDay(due);
        }

        var date = local.DateTime.AddYears(Years).AddMonths(Months).AddDays(Days);
        return OrganisationTime.FromLocal(date).Add(Time);
    }
}
