import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import type { ReportResponse } from './api';
import { cellValue } from './period';

ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip, Legend);

// Colour-blind-safe palette (Okabe–Ito); the table beside the chart carries every number in words.
const palette = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

/** A bar per row and column; suppressed counts draw as nothing (the table says "<k"). Decorative for screen readers. */
export function ReportChart({ report, label }: { report: ReportResponse; label: string }) {
  const data = {
    labels: report.rows.map((r) => r.label),
    datasets: report.columns.map((column, j) => ({
      label: column,
      data: report.rows.map((r) => cellValue(r.cells[j])),
      backgroundColor: palette[j % palette.length],
    })),
  };
  return (
    <div className="report-chart" role="img" aria-label={label}>
      {/* react-chartjs-2 gives the canvas role="img" itself: it needs the name too (axe role-img-alt). */}
      <Bar
        aria-label={label}
        data={data}
        options={{
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          indexAxis: 'y',
          scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
        }}
      />
    </div>
  );
}
