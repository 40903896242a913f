namespace Astra.Workflows.Modules.Reports.Contracts;

/// <summary>A row of a cross-tab: its label and one raw count per column.</summary>
public sealed record CrossTabRow(ReportText Label, IReadOnlyList<int> Counts);

/// <summary>
/// Raw counts a report produces, before suppression: the engine adds the totals and hides small counts, so no report
/// can forget to. Counts are of people or of work items; a report says which in its title.
/// </summary>
public sealed record CrossTab(IReadOnlyList<ReportText> Columns, IReadOnlyList<CrossTabRow> Rows)
{
    /// <summary>Rows in the order of <paramref name="rows"/>, columns in the order of <paramref name="columns"/>, counts looked up by their keys.</summary>
    public static CrossTab From(
        IReadOnlyList<(string Key, ReportText Label)> rows,
        IReadOnlyList<(string Key, ReportText Label)> columns,
        IEnumerable<(string Row, string Column, int Count)> counts)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(columns);
        var lookup = new Dictionary<(string, string), int>();
        foreach (var (row, column, count) in counts)
        {
            lookup[(row, column)] = lookup.GetValueOrDefault((row, column)) + count;
        }

        return new CrossTab(
            columns.Select(c => c.Label).ToList(),
            rows.Select(r => new CrossTabRow(r.Label, columns.Select(c => lookup.GetValueOrDefault((r.Key, c.Key))).ToList())).ToList());
    }
}
