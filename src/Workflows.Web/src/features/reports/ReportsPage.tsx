import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { exportUrl, getReport, htcdsUrl, listReports, reportKeys } from './api';
import { isValidPeriod, periodKinds, periodOf, type Period, type PeriodKind } from './period';
import { ReportChart } from './ReportChart';
import { ReportTable } from './ReportTable';
import './reports.css';

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function ReportsPage() {
  const { t, i18n } = useTranslation('reports');
  const lang = i18n.language;
  const [kind, setKind] = useState<PeriodKind>('year');
  const [anchor, setAnchor] = useState(today());
  const [custom, setCustom] = useState<Period>(() => periodOf('year', today()));
  const period = kind === 'custom' ? custom : periodOf(kind, anchor || today());
  const list = useQuery({ queryKey: reportKeys.list(lang), queryFn: () => listReports(lang) });
  const [chosen, setChosen] = useState<string | null>(null);
  const key = chosen ?? list.data?.[0]?.key ?? null;
  const valid = isValidPeriod(period);
  const report = useQuery({
    queryKey: reportKeys.report(key ?? '', period.from, period.to, lang),
    queryFn: () => getReport(key!, period.from, period.to, lang),
    enabled: key !== null && valid,
  });

  return (
    <>
      <PageHeader title={t('title')} />
      <p className="muted no-print">{t('intro')}</p>
      <form className="filters report-filters no-print" onSubmit={(e) => e.preventDefault()}>
        <label className="field">
          <span>{t('report')}</span>
          <select value={key ?? ''} onChange={(e) => setChosen(e.target.value)}>
            {list.data?.map((r) => (
              <option key={r.key} value={r.key}>
                {r.title}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('period')}</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as PeriodKind)}>
            {periodKinds.map((k) => (
              <option key={k} value={k}>
                {t(`periods.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {kind === 'custom' ? (
          <>
            <label className="field">
              <span>{t('from')}</span>
              <input type="date" value={custom.from} onChange={(e) => setCustom({ ...custom, from: e.target.value })} />
            </label>
            <label className="field">
              <span>{t('to')}</span>
              <input type="date" value={custom.to} onChange={(e) => setCustom({ ...custom, to: e.target.value })} />
            </label>
          </>
        ) : (
          <label className="field">
            <span>{t('anyDay')}</span>
            <input type="date" value={anchor} onChange={(e) => setAnchor(e.target.value)} />
          </label>
        )}
      </form>
      {!valid && <p role="alert">{t('badPeriod')}</p>}
      {list.isPending && <Loading />}
      {list.error && <ErrorMessage error={list.error} />}
      {report.error && <ErrorMessage error={report.error} />}
      {report.data && (
        <section aria-labelledby="report-title" className="report">
          <h2 id="report-title">{report.data.title}</h2>
          <p className="muted">
            {t('periodShown', { from: report.data.from, to: report.data.to })} · {t('suppressed', { k: report.data.k })}
          </p>
          {report.data.description && <p className="report-description">{report.data.description}</p>}
          <div className="report-actions no-print">
            <a className="button" href={exportUrl(report.data.key, period.from, period.to, lang, 'xlsx')} download>
              {t('exportXlsx')}
            </a>
            <a className="button" href={exportUrl(report.data.key, period.from, period.to, lang, 'csv')} download>
              {t('exportCsv')}
            </a>
            <a className="button" href={htcdsUrl(period.from, period.to, 'csv')} download>
              {t('exportHtcds')}
            </a>
            <button type="button" onClick={() => window.print()}>
              {t('print')}
            </button>
          </div>
          <div className="report-body">
            <ReportChart report={report.data} label={t('chartLabel', { title: report.data.title })} />
            <ReportTable report={report.data} />
          </div>
        </section>
      )}
    </>
  );
}
