import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui/Badge';
import { DateTime } from '../../ui/DateTime';
import type { CaseListItem } from './api';
import { usePhaseName } from './usePhases';

export function CaseTable({ items }: { items: CaseListItem[] }) {
  const { t } = useTranslation('cases');
  const phaseName = usePhaseName();
  return (
    <table className="stack-table">
      <caption className="visually-hidden">{t('list.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('list.code')}</th>
          <th scope="col">{t('list.phase')}</th>
          <th scope="col">{t('list.openTasks')}</th>
          <th scope="col">{t('list.overdueTasks')}</th>
          <th scope="col">{t('list.nextDue')}</th>
          <th scope="col">{t('list.opened')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((c) => (
          <tr key={c.id} className={c.overdueTasks > 0 ? 'overdue' : undefined}>
            <td className="stack-title">
              <Link to={`/cases/${c.id}`}>{c.code}</Link>
            </td>
            <td data-label={t('list.phase')}>{phaseName(c.phase)}</td>
            <td data-label={t('list.openTasks')}>{c.openTasks}</td>
            <td data-label={t('list.overdueTasks')}>{c.overdueTasks > 0 ? <Badge tone="danger">{t('list.overdueCount', { count: c.overdueTasks })}</Badge> : 0}</td>
            <td data-label={t('list.nextDue')}>{c.nextDueAt ? <DateTime value={c.nextDueAt} /> : <span className="muted">{t('list.noDue')}</span>}</td>
            <td data-label={t('list.opened')}>
              <DateTime value={c.openedAt} dateOnly />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
