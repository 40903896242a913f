import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui/Badge';
import type { DeadlineMarks, HearingState } from './agenda';

// Every mark is words plus an icon, colour only repeats them.

export function DeadlineBadges({ marks, status }: { marks: DeadlineMarks; status: string }) {
  const { t } = useTranslation('legal');
  return (
    <span className="legal-badges">
      {marks.hard ? (
        <Badge tone="danger">
          <span aria-hidden="true">⚠ </span>
          {t('deadline.hard')}
        </Badge>
      ) : (
        <Badge tone="neutral">{t('deadline.soft')}</Badge>
      )}
      {marks.overdue && (
        <Badge tone="danger">
          <span aria-hidden="true">! </span>
          {t('deadline.overdue')}
        </Badge>
      )}
      {marks.dueToday && <Badge tone="warning">{t('deadline.dueToday')}</Badge>}
      {!marks.open && status !== 'missed' && <Badge tone={status === 'completed' ? 'success' : 'neutral'}>{t(`deadline.status.${status}`, status)}</Badge>}
    </span>
  );
}

export function HearingBadge({ state }: { state: HearingState }) {
  const { t } = useTranslation('legal');
  const tone = state === 'cancelled' ? 'danger' : state === 'scheduled' ? 'info' : 'warning';
  return (
    <Badge tone={tone}>
      {state === 'cancelled' && <span aria-hidden="true">✕ </span>}
      {(state === 'changed' || state === 'rescheduled') && <span aria-hidden="true">↻ </span>}
      {t(`hearing.state.${state}`)}
    </Badge>
  );
}
