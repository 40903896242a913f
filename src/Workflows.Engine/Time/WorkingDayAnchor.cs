using System.Globalization;
using System.Text.Json;

namespace Astra.Workflows.Engine.Time;

/// <summary>
/// A deadline counted in working days from a date rather than from now, as people say it:
/// <c>{ "workingDaysBefore": 2, "of": { "js": "vars.hearing.date" } }</c> or <c>{ "workingDaysAfter": 5, "of": "2027-05-04" }</c>.
/// <c>of</c> is a date, an instant (its day in Belgrade), or a script giving either.
/// </summary>
/// <remarks>
/// Work before a date moves back: 0 working days before a Sunday is the Friday (ADR 0041). Work after a date moves
/// forward: 0 working days after a Sunday is the Monday.
/// </remarks>
public sealed record WorkingDayAnchor(int Days, bool Before, JsonElement Of)
{
    public const string BeforeProperty = "workingDaysBefore";
    public const string AfterProperty = "workingDaysAfter";
    public const string OfProperty = "of";

    /// <summary>Every property the form may have; the definitions schema lists exactly these.</summary>
    public static IReadOnlyList<string> Keys { get; } = [BeforeProperty, AfterProperty, OfProperty];

    /// <summary>True when <paramref name="value"/> has the anchor's shape; <paramref name="error"/> says what is wrong with it.</summary>
    public static bool TryParse(JsonElement value, out WorkingDayAnchor? anchor, out string? error)
    {
        anchor = null;
        error = null;
        if (!LooksLikeAnchor(value))
        {
            return false;
        }

        int? days = null;
        bool? before = null;
        JsonElement? of = null;
        foreach (var property in value.EnumerateObject())
        {
            switch (property.Name)
            {
                case BeforeProperty or AfterProperty when before is not null:
                    error = $"give either {BeforeProperty} or {AfterProperty}, not both";
                    return true;
                case BeforeProperty or AfterProperty:
                    before = property.Name == BeforeProperty;
                    if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetInt32(out var n) || n is < 0 or > 366)
                    {
                        error = $"{property.Name} must be a whole number of days from 0 to 366";
                        return true;
                    }

                    days = n;
                    break;
                case OfProperty:
                    of = property.Value.Clone();
                    break;
                default:
                    error = $"unknown property '{property.Name}' (expected {BeforeProperty} or {AfterProperty}, and {OfProperty})";
                    return true;
            }
        }

        if (of is null)
        {
            error = $"{(before == true ? BeforeProperty : AfterProperty)} needs '{OfProperty}': the date it counts from";
            return true;
        }

        anchor = new WorkingDayAnchor(days!.Value, before!.Value, of.Value);
        return true;
    }

    /// <summary>The due day once <c>of</c> has been evaluated to <paramref name="date"/>.</summary>
    public DateOnly DueDay(DateOnly date, IWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Before ? WorkingDayCount.Before(calendar, date, Days) : WorkingDayCount.After(calendar, date, Days);
    }

    /// <summary>A date (<c>yyyy-MM-dd</c>) or an instant, as its day in Belgrade; null when it is neither.</summary>
    public static DateOnly? ToDay(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var text = value.GetString()!;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? DateOnly.FromDateTime(OrganisationTime.ToLocal(instant).DateTime)
            : null;
    }

    private static bool LooksLikeAnchor(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object
        && (value.TryGetProperty(BeforeProperty, out _) || value.TryGetProperty(AfterProperty, out _));
}
