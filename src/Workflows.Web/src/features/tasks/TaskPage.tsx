import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useSession } from '../../auth/SessionContext';
import { hasRole } from '../../auth/types';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import type { Task } from './api';
import { AssignControl } from './AssignControl';
import { buildAssignOptions } from './assignOptions';
import { ClaimReleaseButton } from './ClaimReleaseButton';
import { CompletedTaskView } from './CompletedTaskView';
import { DueTime } from './DueTime';
import { EscalationHistory } from './EscalationHistory';
import { useTask, useTaskAction } from './hooks';
import { assigneeKind, mayComplete } from './marking';
import { PriorityBadge, StatusBadge, TaskMarks } from './TaskBadges';
import { TaskCompletionForm } from './TaskCompletionForm';
import type { QueueLocationState } from './TaskQueuePage';
import { useAssignTask, useCaseTeam } from './useAssignTask';
import './tasks.css';

export function TaskPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('tasks');
  const task = useTask(id);

  if (task.isPending) return <Loading />;
  if (task.error) {
    const hidden = task.error instanceof ApiError && (task.error.status === 403 || task.error.status === 404);
    return (
      <section className="page">
        <PageHeader title={t('task.unavailableTitle')} />
        {hidden ? (
          <p role="alert" className="error">
            {t('task.unavailable')}
          </p>
        ) : (
          <ErrorMessage error={task.error} />
        )}
        <p>
          <Link to="/tasks">{t('task.backToQueue')}</Link>
        </p>
      </section>
    );
  }
  // Keyed by task so another task's page never inherits this one's half-filled form.
  return <TaskDetails key={task.data.id} task={task.data} />;
}

function TaskDetails({ task }: { task: Task }) {
  const { t } = useTranslation('tasks');
  const { t: tc } = useTranslation('common');
  const { me } = useSession();
  const navigate = useNavigate();
  const action = useTaskAction();
  const now = new Date();
  const holder = assigneeKind(task, me.id);
  // The API lets only coordinators and admins assign; the team comes from the case, so a task needs one.
  const mayAssign = hasRole(me, 'Coordinator', 'Admin') && task.status === 'open' && !!task.caseId;
  const team = useCaseTeam(task.caseId, mayAssign);
  const assign = useAssignTask();
  const options = team.data ? buildAssignOptions(team.data, task.role, task.assigneeId) : undefined;

  return (
    <section className="page task-page">
      <p>
        <Link to="/tasks">{t('task.backToQueue')}</Link>
      </p>
      <PageHeader title={task.title}>
        <ClaimReleaseButton task={task} onAction={action.run} pending={action.pendingId === task.id} />
      </PageHeader>
      <p className="row">
        <StatusBadge status={task.status} />
        <PriorityBadge priority={task.priority} />
        <TaskMarks task={task} now={now} />
      </p>
      {action.conflict && (
        <p role="alert" className="error">
          {t('actions.conflict')}
        </p>
      )}
      <ErrorMessage error={action.error} />
      <dl className="task-facts card">
        <div className="task-fact">
          <dt>{t('columns.case')}</dt>
          <dd>{task.caseId && task.caseCode ? <Link to={`/cases/${task.caseId}`}>{task.caseCode}</Link> : '—'}</dd>
        </div>
        <div className="task-fact">
          <dt>{t('columns.due')}</dt>
          <dd>
            <DueTime value={task.dueAt} now={now} />
          </dd>
        </div>
        <div className="task-fact">
          <dt>{t('columns.role')}</dt>
          <dd>{task.role ? tc(`roles.${task.role}`, { defaultValue: task.role }) : '—'}</dd>
        </div>
        <div className="task-fact">
          <dt>{t('columns.assignee')}</dt>
          <dd>{holder === 'someone' && options?.current ? options.current.displayName : t(`assignee.${holder}`)}</dd>
        </div>
        <div className="task-fact">
          <dt>{t('columns.status')}</dt>
          <dd>{t(`status.${task.status}`, { defaultValue: task.status })}</dd>
        </div>
      </dl>
      {mayAssign && <AssignControl task={task} options={options} teamError={team.error} action={assign} />}
      {task.description && (
        <section aria-labelledby="task-description-title">
          <h2 id="task-description-title">{t('task.description')}</h2>
          <p className="task-description">{task.description}</p>
        </section>
      )}
      {task.status === 'open' ? (
        mayComplete(task, me.id, me.roles) ? (
          <TaskCompletionForm
            task={task}
            onCompleted={(done) => navigate('/tasks', { state: { completed: done.title } satisfies QueueLocationState })}
          />
        ) : (
          <p className="muted" role="note">
            {t(holder === 'someone' ? 'task.heldBySomeone' : 'task.notYourRole')}
          </p>
        )
      ) : (
        <CompletedTaskView task={task} />
      )}
      <EscalationHistory escalations={task.escalations} />
    </section>
  );
}
