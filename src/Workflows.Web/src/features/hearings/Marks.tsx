import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui/Badge';
import type { DeadlineMarks, HearingState } from './agenda';

// Every mark is words plus an icon, colour only repeats them.

/** `workingDaysLeft`: from the API for open deadlines (the shared working-day calendar); shown for hard ones. */
export function DeadlineBadges({ marks, status, workingDaysLeft }: { marks: DeadlineMarks; status: string; workingDaysLeft?: number | null }) {
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
      {marks.hard && marks.open && !marks.overdue && typeof workingDaysLeft === 'number' && (
        <Badge tone="neutral">
          <span data-testid="working-days-left">{t('nonWorking.workingDaysLeft', { count: workingDaysLeft })}</span>
        </Badge>
      )}
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

/** A hearing whose day is a weekend, holiday or closure (it was confirmed when scheduled). */
export function NonWorkingDayBadge({ reason }: { reason?: string | null }) {
  const { t } = useTranslation('legal');
  return (
    <Badge tone="warning">
      <span title={reason ?? undefined} data-testid="hearing-non-working-day">
        <span aria-hidden="true">△ </span>
        {t('nonWorking.hearingFlag')}
      </span>
    </Badge>
  );
}
