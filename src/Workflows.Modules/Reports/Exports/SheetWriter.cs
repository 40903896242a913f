using System.Globalization;
using CsvHelper;
using MiniExcelLibs;

namespace Astra.Workflows.Modules.Reports.Exports;

/// <summary>Writes lines of cells as XLSX (MiniExcel) or CSV (CsvHelper, RFC 4180, UTF-8 with a BOM so spreadsheet apps read Serbian letters).</summary>
internal static class SheetWriter
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvType = "text/csv; charset=utf-8";

    public static byte[] Xlsx(List<List<object>> lines, string sheetName) => XlsxSheets([(sheetName, lines)]);

    public static byte[] XlsxSheets(IReadOnlyList<(string Name, List<List<object>> Lines)> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var book = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, lines) in sheets)
        {
            book[name] = Rows(lines);
        }

        using var stream = new MemoryStream();
        stream.SaveAs(book, printHeader: false, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    // MiniExcel writes dictionaries as rows; the keys only name columns and are not printed (no header row).
    private static List<Dictionary<string, object?>> Rows(List<List<object>> lines)
    {
        var width = lines.Count == 0 ? 1 : lines.Max(l => l.Count);
        return lines.Select(line =>
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var c = 0; c < width; c++)
            {
                row[ColumnName(c)] = c < line.Count ? line[c] : null;
            }

            return row;
        }).ToList();
    }

    public static byte[] Csv(List<List<object>> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        // Every record as wide as the widest, as RFC 4180 readers expect.
        var width = lines.Count == 0 ? 1 : lines.Max(l => l.Count);
        using var stream = new MemoryStream();
        using (var text = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = CsvWriter.Create(text, null, leaveOpen: true))
        {
            foreach (var line in lines)
            {
                csv.WriteRecord(Enumerable.Range(0, width)
                    .Select(c => c < line.Count ? Convert.ToString(line[c], CultureInfo.InvariantCulture) ?? string.Empty : string.Empty)
                    .ToArray());
            }

            csv.Flush();
        }

        return stream.ToArray();
    }

    private static string ColumnName(int index) => "C" + index.ToString(CultureInfo.InvariantCulture);
}
