using System.Globalization;
using Astra.Workflows.Modules.Reports.Engine;

namespace Astra.Workflows.Modules.Reports.Exports;

/// <summary>
/// A report laid out as lines of cells, the same for XLSX and CSV: title, period, k and generation time first, an
/// empty line, then the table with its totals. Suppressed entries stay the text "&lt;k"; counts stay numbers.
/// </summary>
internal static class ReportSheet
{
    public static List<List<object>> Lines(ReportResponse report, DateTimeOffset generatedAt, ExportTexts texts)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(texts);
        var lines = new List<List<object>>
        {
            new() { report.Title },
            new() { texts.Period, $"{Day(report.From)} – {Day(report.To)}" },
            new() { texts.K, report.K },
            new() { texts.Generated, ReportTimes.Local(generatedAt) },
            new(),
        };
        var header = new List<object> { string.Empty };
        header.AddRange(report.Columns);
        header.Add(texts.Total);
        lines.Add(header);
        for (var i = 0; i < report.Rows.Count; i++)
        {
            var line = new List<object> { report.Rows[i].Label };
            line.AddRange(report.Rows[i].Cells.Select(c => c.Value));
            line.Add(report.RowTotals[i].Value);
            lines.Add(line);
        }

        var totals = new List<object> { texts.Total };
        totals.AddRange(report.ColumnTotals.Select(c => c.Value));
        totals.Add(report.Total.Value);
        lines.Add(totals);
        return lines;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The sheet's own words in the report's language.</summary>
internal sealed record ExportTexts(string Period, string K, string Generated, string Total)
{
    public static ExportTexts In(string language)
    {
        var latin = new Contracts.ReportText("Period", "Period");
        return new ExportTexts(
            latin.In(language),
            new Contracts.ReportText("k (smallest count shown)", "k (najmanji prikazan broj)").In(language),
            new Contracts.ReportText("Generated", "Napravljeno").In(language),
            new Contracts.ReportText("Total", "Ukupno").In(language));
    }
}
