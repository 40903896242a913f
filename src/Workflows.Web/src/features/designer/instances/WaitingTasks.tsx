import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format';
import type { InstanceActivity } from './api';

/** The tasks the instance waits at, each a link to its page (the task page checks who may open it). */
export function WaitingTasks({ activities }: { activities: readonly InstanceActivity[] }) {
  const { t, i18n } = useTranslation('viewer');
  const waiting = activities.filter((a) => a.waitingFor?.kind === 'task' && a.waitingFor.taskId);
  if (waiting.length === 0) return null;
  return (
    <section aria-labelledby="viewer-waiting-tasks">
      <h2 id="viewer-waiting-tasks">{t('instance.waitingTasks')}</h2>
      <ul className="viewer-waiting-tasks">
        {waiting.map((a) => (
          <li key={a.activityId}>
            <Link to={`/tasks/${a.waitingFor!.taskId}`}>{a.waitingFor!.name ?? a.name ?? a.activityId}</Link>{' '}
            <span className="muted">
              {t('instance.taskAt', { activity: a.name ?? a.activityId })}
              {a.waitingFor!.due && ` · ${t('instance.taskDue', { when: formatDateTime(a.waitingFor!.due, i18n.language) })}`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
