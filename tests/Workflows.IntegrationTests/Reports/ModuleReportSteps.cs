using System.Globalization;
using System.Text.Json;
using static Astra.Workflows.IntegrationTests.Reports.ReportSteps;

namespace Astra.Workflows.IntegrationTests.Reports;

/// <summary>A report's answer read into plain lists, with the checks every anonymous table must pass.</summary>
internal sealed record ReportTable(List<string> Columns, List<string> RowLabels, List<List<string>> Cells, List<string> RowTotals, List<string> ColumnTotals, string Total)
{
    public static ReportTable From(JsonElement report)
    {
        var rows = report.GetProperty("rows").EnumerateArray().ToList();
        return new ReportTable(
            report.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToList(),
            rows.Select(r => r.GetProperty("label").GetString()!).ToList(),
            rows.Select(r => r.GetProperty("cells").EnumerateArray().Select(Cell).ToList()).ToList(),
            report.GetProperty("rowTotals").EnumerateArray().Select(Cell).ToList(),
            report.GetProperty("columnTotals").EnumerateArray().Select(Cell).ToList(),
            Cell(report.GetProperty("total")));
    }

    public string this[string row, string column] => Cells[RowLabels.IndexOf(row)][Columns.IndexOf(column)];

    public string RowTotal(string row) => RowTotals[RowLabels.IndexOf(row)];

    /// <summary>
    /// Every entry shown equals the truth (given by row and column label; absent means 0), and every line holding a
    /// hidden entry holds a second one, so no line's total minus the rest gives a hidden count back.
    /// </summary>
    public void AssertShownTruthfullyAndSafely(IReadOnlyDictionary<(string Row, string Column), int> truth)
    {
        int True(int i, int j) => truth.GetValueOrDefault((RowLabels[i], Columns[j]));
        static void Shown(string entry, int value, string where) =>
            Assert.True(entry == "<5" || entry == value.ToString(CultureInfo.InvariantCulture), $"{where}: shows {entry}, truth {value}");

        for (var i = 0; i < RowLabels.Count; i++)
        {
            for (var j = 0; j < Columns.Count; j++)
            {
                Shown(Cells[i][j], True(i, j), $"{RowLabels[i]} × {Columns[j]}");
            }

            Shown(RowTotals[i], Enumerable.Range(0, Columns.Count).Sum(j => True(i, j)), $"total of {RowLabels[i]}");
            var line = Cells[i].Append(RowTotals[i]).ToList();
            Assert.True(line.Count(c => c == "<5") is 0 or >= 2, $"row {RowLabels[i]}: {string.Join(",", line)}");
        }

        for (var j = 0; j < Columns.Count; j++)
        {
            Shown(ColumnTotals[j], Enumerable.Range(0, RowLabels.Count).Sum(i => True(i, j)), $"total of {Columns[j]}");
            var line = Cells.Select(r => r[j]).Append(ColumnTotals[j]).ToList();
            Assert.True(line.Count(c => c == "<5") is 0 or >= 2, $"column {Columns[j]}: {string.Join(",", line)}");
        }

        var margin = ColumnTotals.Append(Total).ToList();
        Assert.True(margin.Count(c => c == "<5") is 0 or >= 2, $"column totals: {string.Join(",", margin)}");
        var right = RowTotals.Append(Total).ToList();
        Assert.True(right.Count(c => c == "<5") is 0 or >= 2, $"row totals: {string.Join(",", right)}");
    }
}
