import { useTranslation } from 'react-i18next';
import { Badge, type Tone } from '../../ui/Badge';
import type { Task } from './api';
import { isEscalated, isOverdue } from './marking';

const priorityTone: Record<string, Tone> = { urgent: 'danger', high: 'warning', normal: 'neutral', low: 'neutral' };

export function PriorityBadge({ priority }: { priority: string }) {
  const { t } = useTranslation('tasks');
  return <Badge tone={priorityTone[priority] ?? 'neutral'}>{t(`priority.${priority}`, { defaultValue: priority })}</Badge>;
}

const statusTone: Record<string, Tone> = { open: 'info', completed: 'success', cancelled: 'neutral' };

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation('tasks');
  return <Badge tone={statusTone[status] ?? 'neutral'}>{t(`status.${status}`, { defaultValue: status })}</Badge>;
}

/** Overdue and escalated, in words beside the row colour. */
export function TaskMarks({ task, now }: { task: Pick<Task, 'status' | 'dueAt' | 'escalationLevel'>; now: Date }) {
  const { t } = useTranslation('tasks');
  return (
    <>
      {isOverdue(task, now) && <Badge tone="danger">{t('marks.overdue')}</Badge>}{' '}
      {isEscalated(task) && <Badge tone="warning">{t('marks.escalated', { level: task.escalationLevel })}</Badge>}
    </>
  );
}
