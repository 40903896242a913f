import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/SessionContext';
import type { Task } from './api';
import type { TaskAction } from './hooks';
import { mayClaim, mayRelease } from './marking';

interface Props {
  task: Pick<Task, 'id' | 'title' | 'revision' | 'status' | 'assigneeId' | 'role'>;
  onAction: (action: TaskAction, task: Pick<Task, 'id' | 'revision'>) => void;
  pending: boolean;
  /** In a table every row has the same button; the task title tells them apart for screen readers. */
  withTitle?: boolean;
}

export function ClaimReleaseButton({ task, onAction, pending, withTitle = false }: Props) {
  const { t } = useTranslation('tasks');
  const { me } = useSession();
  const action: TaskAction | null = mayClaim(task, me.roles) ? 'claim' : mayRelease(task, me.id) ? 'release' : null;
  if (!action) return null;
  return (
    <button type="button" className={action === 'claim' ? 'primary' : undefined} disabled={pending} onClick={() => onAction(action, task)}>
      {t(`actions.${action}`)}
      {withTitle && <span className="visually-hidden">: {task.title}</span>}
    </button>
  );
}
