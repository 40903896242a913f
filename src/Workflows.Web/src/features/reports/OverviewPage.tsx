import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { useDeadlineKindLabel } from '../../lib/deadlineKinds';
import { getOverview, reportKeys } from './api';
import './reports.css';

/** The Director's home: open cases by phase, overdue tasks by team member, hard legal deadlines in the next 7 days, referrals waiting. */
export function OverviewPage() {
  const { t } = useTranslation('reports');
  const overview = useQuery({ queryKey: reportKeys.overview(), queryFn: getOverview });
  const deadlineKind = useDeadlineKindLabel();
  return (
    <>
      <PageHeader title={t('overview.title')}>
        <Link to="/reports">{t('title')}</Link>
      </PageHeader>
      {overview.isPending && <Loading />}
      {overview.error && <ErrorMessage error={overview.error} />}
      {overview.data && (
        <div className="overview-grid">
          <section aria-labelledby="ov-phases">
            <h2 id="ov-phases">{t('overview.openCases')}</h2>
            <table className="report-table">
              <tbody>
                {overview.data.openCasesByPhase.map((p) => (
                  <tr key={p.phase}>
                    <th scope="row">{t(`overview.phases.${p.phase}`, { defaultValue: p.phase })}</th>
                    <td className="num">{p.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section aria-labelledby="ov-overdue">
            <h2 id="ov-overdue">{t('overview.overdue')}</h2>
            {overview.data.overdueTasksByMember.length === 0 ? (
              <p className="muted">{t('overview.noneOverdue')}</p>
            ) : (
              <table className="report-table">
                <tbody>
                  {overview.data.overdueTasksByMember.map((m) => (
                    <tr key={m.userId ?? 'unclaimed'}>
                      <th scope="row">{m.displayName ?? t('overview.unclaimed')}</th>
                      <td className="num">{m.count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section aria-labelledby="ov-deadlines">
            <h2 id="ov-deadlines">{t('overview.deadlines')}</h2>
            {overview.data.hardDeadlinesNext7Days.length === 0 ? (
              <p className="muted">{t('overview.noDeadlines')}</p>
            ) : (
              <ul className="plain-list">
                {overview.data.hardDeadlinesNext7Days.map((d) => (
                  <li key={d.id}>
                    <time dateTime={d.dueOn}>{d.dueOn}</time> · <Link to={`/cases/${d.caseId}`}>{d.caseCode}</Link> · {deadlineKind(d.kind)}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="ov-referrals">
            <h2 id="ov-referrals">{t('overview.referrals')}</h2>
            <table className="report-table">
              <tbody>
                <tr>
                  <th scope="row">{t('overview.referralsWaiting')}</th>
                  <td className="num">{overview.data.referralsWaiting.waiting}</td>
                </tr>
                <tr>
                  <th scope="row">{t('overview.referralsPastDeadline')}</th>
                  <td className="num">{overview.data.referralsWaiting.pastDeadline}</td>
                </tr>
              </tbody>
            </table>
            <p className="muted">{t('overview.referralsNote', { days: overview.data.referralsWaiting.recentDays })}</p>
          </section>
        </div>
      )}
    </>
  );
}
