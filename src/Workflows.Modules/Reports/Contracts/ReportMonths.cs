using System.Globalization;

namespace Astra.Workflows.Modules.Reports.Contracts;

/// <summary>
/// The calendar months a period touches, as rows of a "by month" report: key <c>yyyy-MM</c> (what a report's
/// grouping gives back), label the same in every language.
/// </summary>
public static class ReportMonths
{
    public static string Key(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    public static IReadOnlyList<(string Key, ReportText Label)> Of(ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var months = new List<(string, ReportText)>();
        for (var month = new DateOnly(period.From.Year, period.From.Month, 1); month <= period.To; month = month.AddMonths(1))
        {
            var key = Key(month.Year, month.Month);
            months.Add((key, ReportText.Same(key)));
        }

        return months;
    }
}
