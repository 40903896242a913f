import { useTranslation } from 'react-i18next';
import { DateTime } from '../../ui/DateTime';
import type { Task } from './api';

export function EscalationHistory({ escalations }: { escalations: Task['escalations'] }) {
  const { t } = useTranslation('tasks');
  return (
    <section aria-labelledby="task-escalations-title">
      <h2 id="task-escalations-title">{t('task.escalations')}</h2>
      {escalations.length === 0 ? (
        <p className="muted">{t('task.noEscalations')}</p>
      ) : (
        <table className="stack-table">
          <thead>
            <tr>
              <th scope="col">{t('task.escalationLevel')}</th>
              <th scope="col">{t('task.escalationAt')}</th>
              <th scope="col">{t('task.escalationAction')}</th>
            </tr>
          </thead>
          <tbody>
            {escalations.map((e) => (
              <tr key={`${e.level}-${e.at}`}>
                <td data-label={t('task.escalationLevel')}>{e.level}</td>
                <td data-label={t('task.escalationAt')}>
                  <DateTime value={e.at} />
                </td>
                {/* The engine's own wording (e.g. "notify:Coordinator; raise-priority:high"). */}
                <td data-label={t('task.escalationAction')}>
                  <code>{e.action}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
