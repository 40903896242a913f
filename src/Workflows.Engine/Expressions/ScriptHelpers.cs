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
