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
    <table>
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
            <td>
              <Link to={`/cases/${c.id}`}>{c.code}</Link>
            </td>
            <td>{phaseName(c.phase)}</td>
            <td>{c.openTasks}</td>
            <td>{c.overdueTasks > 0 ? <Badge tone="danger">{t('list.overdueCount', { count: c.overdueTasks })}</Badge> : 0}</td>
            <td>{c.nextDueAt ? <DateTime value={c.nextDueAt} /> : <span className="muted">{t('list.noDue')}</span>}</td>
            <td>
              <DateTime value={c.openedAt} dateOnly />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
