namespace Astra.Workflows.Modules.Reports.Engine;

/// <summary>A report the caller may run, titled in the caller's language.</summary>
public sealed record ReportSummary(string Key, string Title, string? Description = null);

/// <summary>A row of a report: its label and one entry per column, a count or the string "&lt;k" when suppressed.</summary>
public sealed record ReportRow(string Label, IReadOnlyList<ReportCell> Cells);

/// <summary>
/// A report for a period (both days included): counts from 1 to k−1 and whatever would give them back from the
/// totals are the string "&lt;k"; every other entry is a number.
/// </summary>
public sealed record ReportResponse(
    string Key,
    string Title,
    DateOnly From,
    DateOnly To,
    int K,
    IReadOnlyList<string> Columns,
    IReadOnlyList<ReportRow> Rows,
    IReadOnlyList<ReportCell> ColumnTotals,
    IReadOnlyList<ReportCell> RowTotals,
    ReportCell Total,
    string? Description = null);
