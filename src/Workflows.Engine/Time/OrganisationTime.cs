namespace Astra.Workflows.Engine.Time;

/// <summary>ASTRA works in Belgrade: calendar arithmetic (days, working days, end of day) happens in this zone.</summary>
public static class OrganisationTime
{
    public const string TimeZoneId = "Europe/Belgrade";

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(ToLocal(time.GetUtcNow()).DateTime);
    }

    /// <summary>The instant a local wall-clock time in Belgrade happens (skipped DST hours move forward).</summary>
    public static DateTimeOffset FromLocal(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (Zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddMinutes(30);
        }

        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }

    public static DateTimeOffset StartOfDay(DateOnly date) => FromLocal(date.ToDateTime(TimeOnly.MinValue));

    /// <summary>
    /// The exclusive end of a local day: the start of the next one. Same convention as the calendar (ADR 0010):
    /// due on day D means overdue when now &gt;= EndOfDay(D), with no 23:59:59.999 rounding in storage.
    /// </summary>
    public static DateTimeOffset EndOfDay(DateOnly date) => StartOfDay(date.AddDays(1));
}
