using System.Globalization;
using Astra.Workflows.Engine.Time;
using Jint.Native;

namespace Astra.Workflows.Engine.Expressions;

/// <summary>Date helpers scripts call. Dates are ISO strings: <c>yyyy-MM-dd</c> for days, round-trip format for instants.</summary>
internal sealed class ScriptHelpers(TimeProvider time, IWorkingDayCalendar calendar)
{
    public string Now() => time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    public string Today() => FormatDate(OrganisationTime.Today(time));

    public string AddWorkingDays(JsValue date, double days) =>
        FormatDate(calendar.AddWorkingDays(ToDate(date), checked((int)days)));

    /// <summary>The n-th working day before the date; 0 = the date if working, else the previous working day.</summary>
    public string WorkingDaysBefore(JsValue date, double days) =>
        FormatDate(WorkingDayCount.Before(calendar, ToDate(date), WholeDays(days)));

    /// <summary>The n-th working day after the date; 0 = the date if working, else the next working day.</summary>
    public string WorkingDaysAfter(JsValue date, double days) =>
        FormatDate(WorkingDayCount.After(calendar, ToDate(date), WholeDays(days)));

    /// <summary>
    /// Last day of a statutory period of calendar days from the date (e.g. service), moved to the next day that is not
    /// a weekend or public holiday, as the procedure laws count; ASTRA's own closures do not move it.
    /// </summary>
    public string LegalDeadline(JsValue date, double days) =>
        FormatDate(calendar.StatutoryPeriodEnd(ToDate(date), WholeDays(days)));

    public static string AddDays(JsValue date, double days)
    {
        var text = ToText(date);
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return FormatDate(day.AddDays(checked((int)days)));
        }

        var instant = ParseInstant(text);
        var local = OrganisationTime.ToLocal(instant).DateTime.AddDays(days);
        return OrganisationTime.FromLocal(local).ToString("O", CultureInfo.InvariantCulture);
    }

    public bool IsWorkingDay(JsValue date) => calendar.IsWorkingDay(ToDate(date));

    private static int WholeDays(double days) =>
        days is >= 0 and <= 3660 && Math.Abs(days - Math.Round(days)) < double.Epsilon
            ? (int)days
            : throw new ExpressionException($"{days} is not a whole number of days from 0 to 3660.");

    private static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ToDate(JsValue value)
    {
        var text = ToText(value);
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        return DateOnly.FromDateTime(OrganisationTime.ToLocal(ParseInstant(text)).DateTime);
    }

    private static string ToText(JsValue value) => value switch
    {
        JsDate date => date.ToDateTime().ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static DateTimeOffset ParseInstant(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant
            : throw new ExpressionException($"'{text}' is not a date (expected yyyy-MM-dd or an ISO 8601 date-time).");
}
