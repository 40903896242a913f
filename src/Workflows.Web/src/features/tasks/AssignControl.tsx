import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import type { Task } from './api';
import type { AssignOptions } from './assignOptions';
import type { useAssignTask } from './useAssignTask';
import { Field } from '../../ui/form/Field';
import { fieldErrors } from '../../ui/form/fieldErrors';

interface Props {
  task: Pick<Task, 'id' | 'revision' | 'role' | 'assigneeId'>;
  options: AssignOptions | undefined;
  teamError: unknown;
  action: ReturnType<typeof useAssignTask>;
}

/** Coordinators and admins hand an open task to a member of the case team, or return it to its role's queue. */
export function AssignControl({ task, options, teamError, action }: Props) {
  const { t } = useTranslation('tasks');
  const { t: tc } = useTranslation('common');
  const selectId = useId();
  const [selected, setSelected] = useState('');
  const userIdErrors = fieldErrors(action.error, 'userId');
  const isCurrent = !!task.assigneeId && selected.toLowerCase() === task.assigneeId.toLowerCase();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (selected && !isCurrent) action.assign(task, selected);
  }

  return (
    <section aria-labelledby={`${selectId}-title`} className="card task-assign">
      <h2 id={`${selectId}-title`}>{t('assign.title')}</h2>
      {teamError ? (
        <ErrorMessage error={teamError} />
      ) : !options ? (
        <Loading />
      ) : options.matching.length + options.others.length === 0 ? (
        <p className="muted">{t('assign.noTeam')}</p>
      ) : (
        <form className="row task-assign-form" onSubmit={submit} aria-label={t('assign.title')}>
          <Field id={selectId} label={t('assign.to')} errors={userIdErrors}>
            {(a11y) => (
              <select {...a11y} value={selected} onChange={(e) => setSelected(e.target.value)}>
                <option value="">{t('form.choose')}</option>
                {options.matching.length > 0 && (
                  <optgroup label={task.role ? t('assign.withRole', { role: tc(`roles.${task.role}`, { defaultValue: task.role }) }) : t('assign.team')}>
                    {options.matching.map((m) => (
                      <MemberOption key={m.userId} userId={m.userId} name={m.displayName} current={m === options.current} />
                    ))}
                  </optgroup>
                )}
                {options.others.length > 0 && (
                  <optgroup label={t('assign.others')}>
                    {options.others.map((m) => (
                      <MemberOption key={m.userId} userId={m.userId} name={m.displayName} current={m === options.current} />
                    ))}
                  </optgroup>
                )}
              </select>
            )}
          </Field>
          <button type="submit" className="primary" disabled={!selected || isCurrent || action.pending}>
            {t('assign.assign')}
          </button>
          {/* A task without a role would sit in nobody's queue once unassigned; the API refuses that, so it is not offered. */}
          {task.assigneeId && task.role && (
            <button type="button" disabled={action.pending} onClick={() => action.assign(task, null)}>
              {t('assign.unassign')}
            </button>
          )}
        </form>
      )}
      {action.conflict && (
        <p role="alert" className="error">
          {t('assign.conflict')}
        </p>
      )}
      {fieldErrors.length === 0 && <ErrorMessage error={action.error} />}
      <p role="status" className="task-assign-status">
        {action.lastUserId === null ? t('assign.unassigned') : action.lastUserId ? t('assign.assigned') : ''}
      </p>
    </section>
  );
}

function MemberOption({ userId, name, current }: { userId: string; name: string; current: boolean }) {
  const { t } = useTranslation('tasks');
  return <option value={userId}>{current ? t('assign.current', { name }) : name}</option>;
}
