import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui/Badge';
import { DateTime } from '../../ui/DateTime';
import type { CaseOpenTask, CaseTeamMember } from './api';

export function OpenTasksSection({ tasks, team, now = new Date() }: { tasks: CaseOpenTask[]; team: CaseTeamMember[]; now?: Date }) {
  const { t } = useTranslation('cases');
  const { t: tc } = useTranslation();
  const assignee = (id: string | null) => (id ? (team.find((m) => m.userId === id)?.displayName ?? t('tasks.someoneElse')) : t('tasks.unassigned'));
  return (
    <section className="card" aria-labelledby="case-tasks">
      <h2 id="case-tasks">{t('tasks.title')}</h2>
      {tasks.length === 0 ? (
        <p className="muted">{t('tasks.none')}</p>
      ) : (
        <table className="stack-table">
          <thead>
            <tr>
              <th scope="col">{t('tasks.task')}</th>
              <th scope="col">{t('tasks.who')}</th>
              <th scope="col">{t('tasks.due')}</th>
            </tr>
          </thead>
          <tbody>
            {tasks.map((task) => {
              const overdue = !!task.dueAt && Date.parse(task.dueAt) <= now.getTime();
              return (
                <tr key={task.id} className={overdue ? 'overdue' : task.escalationLevel > 0 ? 'escalated' : undefined}>
                  <td className="stack-title">
                    <Link to={`/tasks/${task.id}`}>{task.title}</Link>
                  </td>
                  <td data-label={t('tasks.who')}>
                    {assignee(task.assigneeId)}
                    {!task.assigneeId && task.role && <span className="muted"> · {tc(`roles.${task.role}`, { defaultValue: task.role })}</span>}
                  </td>
                  <td data-label={t('tasks.due')}>
                    {task.dueAt ? <DateTime value={task.dueAt} /> : <span className="muted">{t('tasks.noDue')}</span>}{' '}
                    {overdue && <Badge tone="danger">{t('tasks.overdue')}</Badge>}{' '}
                    {task.escalationLevel > 0 && <Badge tone="warning">{t('tasks.escalated', { level: task.escalationLevel })}</Badge>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
