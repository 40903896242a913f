import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/SessionContext';
import type { Task } from './api';
import { ClaimReleaseButton } from './ClaimReleaseButton';
import { DueTime } from './DueTime';
import type { TaskAction } from './hooks';
import { assigneeKind, rowClass } from './marking';
import { PriorityBadge, TaskMarks } from './TaskBadges';

interface Props {
  tasks: Task[];
  now: Date;
  onAction: (action: TaskAction, task: Pick<Task, 'id' | 'revision'>) => void;
  pendingId: string | undefined;
  caption: string;
}

export function TaskTable({ tasks, now, onAction, pendingId, caption }: Props) {
  const { t } = useTranslation('tasks');
  const { t: tc } = useTranslation('common');
  const { me } = useSession();
  return (
    <table className="task-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
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
            <th scope="row" className="task-title-cell">
              <Link to={`/tasks/${task.id}`}>{task.title}</Link>
              <div className="task-marks">
                <TaskMarks task={task} now={now} />
              </div>
            </th>
            <td>{task.caseId && task.caseCode ? <Link to={`/cases/${task.caseId}`}>{task.caseCode}</Link> : <span className="muted">—</span>}</td>
            <td>{task.role ? tc(`roles.${task.role}`, { defaultValue: task.role }) : <span className="muted">—</span>}</td>
            <td>{t(`assignee.${assigneeKind(task, me.id)}`)}</td>
            <td>
              <PriorityBadge priority={task.priority} />
            </td>
            <td>
              <DueTime value={task.dueAt} now={now} />
            </td>
            <td>
              <ClaimReleaseButton task={task} onAction={onAction} pending={pendingId === task.id} withTitle />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
