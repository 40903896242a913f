import { useTranslation } from 'react-i18next';
import type { ReportResponse } from './api';
import { cellText } from './period';

/** The report as an accessible table with its totals; the chart beside it shows the same numbers. */
export function ReportTable({ report }: { report: ReportResponse }) {
  const { t } = useTranslation('reports');
  return (
    <div className="table-scroll">
      <table className="report-table">
        <caption>
          {report.title} · {report.from} – {report.to} · {t('suppressed', { k: report.k })}
        </caption>
        <thead>
          <tr>
            <td />
            {report.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
            <th scope="col">{t('total')}</th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row, i) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, j) => (
                <td key={report.columns[j]} className="num">
                  {cellText(cell)}
                </td>
              ))}
              <td className="num total">{cellText(report.rowTotals[i])}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('total')}</th>
            {report.columnTotals.map((cell, j) => (
              <td key={report.columns[j]} className="num total">
                {cellText(cell)}
              </td>
            ))}
            <td className="num total">{cellText(report.total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
