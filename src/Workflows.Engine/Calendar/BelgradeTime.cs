namespace Astra.Workflows.Engine.Calendar;

/// <summary>Converts between instants and the organisation's local calendar days (Europe/Belgrade).</summary>
public static class BelgradeTime
{
    public const string ZoneId = "Europe/Belgrade";

    // IANA id: resolved from tzdata on Linux and mapped to the Windows zone by ICU on Windows.
    private static readonly Lazy<TimeZoneInfo> LazyZone = new(() => TimeZoneInfo.FindSystemTimeZoneById(ZoneId));

    public static TimeZoneInfo Zone => LazyZone.Value;

    /// <summary>The local date in Belgrade now, which is what "created on a Thursday" means for a deadline.</summary>
    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime);
    }

    /// <summary>
    /// The instant a deadline on <paramref name="date"/> expires: the start of the next local day, as an
    /// exclusive bound. A task is overdue when <c>now &gt;= dueAt</c>. Midnight rather than 23:59:59.999 so
    /// no sub-second slice of the day is lost to rounding in storage, and comparisons need no fudge.
    /// </summary>
    public static DateTimeOffset EndOfDay(DateOnly date)
    {
        var nextMidnight = date.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);

        // Belgrade switches at 02:00/03:00, so local midnight always exists exactly once; the offset is the one in
        // force at that midnight (+01:00 in winter, +02:00 in summer).
        return new DateTimeOffset(nextMidnight, Zone.GetUtcOffset(nextMidnight));
    }
}
