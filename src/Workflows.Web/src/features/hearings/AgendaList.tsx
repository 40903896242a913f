import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../i18n/format';
import { deadlineMarks, hearingState, type AgendaItem } from './agenda';
import type { Day } from '../../lib/dates';
import { useDeadlineKindLabel, useHearingKindLabel } from './labels';
import { DeadlineBadges, HearingBadge, NonWorkingDayBadge } from './Marks';

export interface AgendaProps {
  items: AgendaItem[];
  today: Day;
  /** Deadlines carry no case id; a hearing of the same proceeding supplies it. */
  caseIdOf: (proceedingId: string) => string | undefined;
  onOpen: (item: AgendaItem) => void;
}

export function CaseLink({ caseId, code }: { caseId: string | undefined; code: string }) {
  return caseId ? <Link to={`/cases/${caseId}`}>{code}</Link> : <span>{code}</span>;
}

export function AgendaList({ items, today, caseIdOf, onOpen }: AgendaProps) {
  const { t, i18n } = useTranslation('legal');
  const kindLabel = useDeadlineKindLabel();
  const hearingKind = useHearingKindLabel();
  if (items.length === 0) return <p className="muted">{t('list.empty')}</p>;
  return (
    <table className="legal-agenda stack-table">
      <caption className="visually-hidden">{t('list.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('list.when')}</th>
          <th scope="col">{t('list.what')}</th>
          <th scope="col">{t('list.case')}</th>
          <th scope="col">{t('list.court')}</th>
          <th scope="col">{t('list.room')}</th>
          <th scope="col">{t('list.status')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          if (item.type === 'hearing') {
            const h = item.hearing;
            const state = hearingState(h);
            return (
              <tr key={`h-${h.id}`} className={state === 'cancelled' ? 'legal-cancelled' : undefined} data-testid="agenda-hearing">
                <td className="stack-title">
                  <button type="button" className="link-button" onClick={() => onOpen(item)}>
                    <time dateTime={h.startsAt}>{formatDateTime(h.startsAt, i18n.language)}</time>
                  </button>
                </td>
                <td data-label={t('list.what')}>
                  {t('hearing.label')}: {hearingKind(h.kind)}
                </td>
                <td data-label={t('list.case')}>
                  <CaseLink caseId={h.caseId} code={h.caseCode} />
                </td>
                <td data-label={t('list.court')}>{h.court}</td>
                <td data-label={t('list.room')}>{h.room ?? '—'}</td>
                <td data-label={t('list.status')}>
                  <HearingBadge state={state} />
                  {h.nonWorkingDay && <> <NonWorkingDayBadge reason={h.nonWorkingReason} /></>}
                </td>
              </tr>
            );
          }
          const d = item.deadline;
          const marks = deadlineMarks(d, today);
          const classes = [marks.overdue ? 'overdue' : '', marks.hard ? 'legal-hard' : ''].filter(Boolean).join(' ');
          return (
            <tr key={`d-${d.id}`} className={classes || undefined} data-testid="agenda-deadline">
              <td className="stack-title">
                <button type="button" className="link-button" onClick={() => onOpen(item)}>
                  {t('deadline.dueOn', { date: formatDate(`${d.dueOn}T12:00:00Z`, i18n.language) })}
                </button>
              </td>
              <td data-label={t('list.what')}>
                {t('deadline.label')}: {kindLabel(d.kind)}
              </td>
              <td data-label={t('list.case')}>
                <CaseLink caseId={caseIdOf(d.proceedingId)} code={d.caseCode} />
              </td>
              <td className="stack-empty">—</td>
              <td className="stack-empty">—</td>
              <td data-label={t('list.status')}>
                <DeadlineBadges marks={marks} status={d.status} workingDaysLeft={d.workingDaysLeft} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
