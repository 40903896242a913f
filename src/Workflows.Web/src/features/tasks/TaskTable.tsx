import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/SessionContext';
import type { Task } from './api';
import { ClaimReleaseButton } from './ClaimReleaseButton';
import { DueTime } from './DueTime';
import type { TaskAction } from './hooks';
import { assigneeKind, assigneeName, rowClass } from './marking';
import { PriorityBadge, TaskMarks } from './TaskBadges';

interface Props {
  tasks: Task[];
  now: Date;
  onAction: (action: TaskAction, task: Pick<Task, 'id' | 'revision'>) => void;
  pendingId: string | undefined;
  caption: string;
  /** Who holds a task, by user id, for those who may read the staff list (the all queue); otherwise "Someone else". */
  names?: ReadonlyMap<string, string>;
  /** Rows picked for a bulk action; without it the table has no checkboxes. */
  selection?: { selected: ReadonlySet<string>; toggle: (id: string) => void; setAll: (ids: string[]) => void };
}

export function TaskTable({ tasks, now, onAction, pendingId, caption, names, selection }: Props) {
  const { t } = useTranslation('tasks');
  const { t: tc } = useTranslation('common');
  const { t: tq } = useTranslation('queues');
  const { me } = useSession();
  return (
    // At phone width the rows stack as cards (stack-table in theme.css); the box only guards against a wide cell.
    <div className="task-table-scroll">
    <table className="task-table stack-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {selection && (
            <th scope="col" className="task-select">
              <input
                type="checkbox"
                aria-label={tq('bulk.selectAll')}
                checked={tasks.length > 0 && tasks.every((task) => selection.selected.has(task.id))}
                onChange={(e) => selection.setAll(e.target.checked ? tasks.map((task) => task.id) : [])}
              />
            </th>
          )}
          <th scope="col">{t('columns.task')}</th>
          <th scope="col">{t('columns.case')}</th>
          <th scope="col">{t('columns.role')}</th>
          <th scope="col">{t('columns.assignee')}</th>
          <th scope="col">{t('columns.priority')}</th>
          <th scope="col">{t('columns.due')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('columns.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {tasks.map((task) => (
          <tr key={task.id} className={rowClass(task, now) || undefined} data-task-id={task.id}>
            {selection && (
              <td className="task-select">
                <input
                  type="checkbox"
                  aria-label={tq('bulk.select', { title: task.title, code: task.caseCode ?? '' })}
                  checked={selection.selected.has(task.id)}
                  onChange={() => selection.toggle(task.id)}
                />
              </td>
            )}
            <th scope="row" className="task-title-cell">
              <Link to={`/tasks/${task.id}`}>{task.title}</Link>
              <div className="task-marks">
                <TaskMarks task={task} now={now} />
              </div>
            </th>
            <td data-label={t('columns.case')}>{task.caseId && task.caseCode ? <Link to={`/cases/${task.caseId}`}>{task.caseCode}</Link> : <span className="muted">—</span>}</td>
            <td data-label={t('columns.role')}>{task.role ? tc(`roles.${task.role}`, { defaultValue: task.role }) : <span className="muted">—</span>}</td>
            <td data-assignee data-label={t('columns.assignee')}>{assigneeName(task, me.id, names) ?? t(`assignee.${assigneeKind(task, me.id)}`)}</td>
            <td data-label={t('columns.priority')}>
              <PriorityBadge priority={task.priority} />
            </td>
            <td data-label={t('columns.due')}>
              <DueTime value={task.dueAt} now={now} />
            </td>
            <td className="stack-actions">
              <ClaimReleaseButton task={task} onAction={onAction} pending={pendingId === task.id} withTitle />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}
