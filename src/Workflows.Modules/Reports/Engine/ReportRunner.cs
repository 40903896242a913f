using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Reports.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Astra.Workflows.Modules.Reports.Engine;

/// <summary>Finds a report, runs it on a system context and suppresses its small counts: the only way a report is answered.</summary>
internal sealed class ReportRunner(IEnumerable<IReport> reports, IDbContextFactory<WorkflowsDbContext> contexts, IOptions<ReportsOptions> options, TimeProvider time)
{
    public int K => options.Value.K;

    public IReadOnlyList<IReport> All { get; } = reports.ToList();

    public IReport? Find(string key) => All.FirstOrDefault(r => string.Equals(r.Key, key, StringComparison.Ordinal));

    public async Task<ReportResponse> RunAsync(IReport report, ReportPeriod period, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(period);
        // Reports count every case whoever asks, and give out aggregates only: a system context, no need-to-know filter.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var table = await report.CountAsync(db, period, time.GetUtcNow(), cancellationToken);
        if (table.Rows.Any(r => r.Counts.Count != table.Columns.Count))
        {
            throw new InvalidOperationException($"Report '{report.Key}' gave a row whose counts do not match its {table.Columns.Count} columns.");
        }

        var k = K;
        var result = Suppression.Apply(table.Rows.Select(r => r.Counts).ToList(), table.Columns.Count, k);
        var rows = table.Rows.Count;
        var columns = table.Columns.Count;
        ReportCell Show(int i, int j) => result.Hidden[i, j] ? ReportCell.Hidden(k) : ReportCell.Of(result.Values[i, j]);
        return new ReportResponse(
            report.Key,
            report.Title.In(language),
            period.From,
            period.To,
            k,
            table.Columns.Select(c => c.In(language)).ToList(),
            table.Rows.Select((r, i) => new ReportRow(r.Label.In(language), Enumerable.Range(0, columns).Select(j => Show(i, j)).ToList())).ToList(),
            Enumerable.Range(0, columns).Select(j => Show(rows, j)).ToList(),
            Enumerable.Range(0, rows).Select(i => Show(i, columns)).ToList(),
            Show(rows, columns),
            report.Description?.In(language));
    }
}
