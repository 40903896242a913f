import { useTranslation } from 'react-i18next';
import { formatTime, localeOf } from '../../i18n/format';
import { deadlineMarks, hearingState, type AgendaItem } from './agenda';
import type { Day, Month } from '../../lib/dates';
import { useDeadlineKindLabel, useHearingKindLabel } from './labels';
import { buildMonthGrid } from './monthGrid';
import type { NonWorkingDay } from './api';

interface Props {
  month: Month;
  today: Day;
  items: AgendaItem[];
  /** Public holidays and closures by day (weekends are plain to see and not listed). */
  nonWorking?: Map<string, NonWorkingDay[]>;
  onMonth: (month: Month | null) => void;
  onPrevious: () => void;
  onNext: () => void;
  onOpen: (item: AgendaItem) => void;
}

// Days are civil dates; formatting them at noon UTC keeps them on the same date in any zone.
const noon = (day: Day) => new Date(`${day}T12:00:00Z`);

export function MonthCalendar({ month, today, items, nonWorking, onMonth, onPrevious, onNext, onOpen }: Props) {
  const { t, i18n } = useTranslation('legal');
  const locale = localeOf(i18n.language);
  const grid = buildMonthGrid(month, today, items);
  const title = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(noon(`${month}-01`));
  const weekdays = grid.weeks[0].map((d) => ({
    short: new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(noon(d.day)),
    long: new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(noon(d.day)),
  }));
  const fullDate = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
  const kindLabel = useDeadlineKindLabel();
  const hearingKind = useHearingKindLabel();

  return (
    <section aria-labelledby="legal-month-title" className="legal-calendar">
      <div className="row legal-calendar-nav">
        <button type="button" onClick={onPrevious}>
          <span aria-hidden="true">‹ </span>
          {t('calendar.previous')}
        </button>
        <h2 id="legal-month-title" aria-live="polite">
          {title}
        </h2>
        <button type="button" onClick={onNext}>
          {t('calendar.next')}
          <span aria-hidden="true"> ›</span>
        </button>
        <button type="button" onClick={() => onMonth(null)}>
          {t('calendar.today')}
        </button>
      </div>
      <table className="legal-month">
        <caption className="visually-hidden">{t('calendar.caption', { month: title })}</caption>
        <thead>
          <tr>
            {weekdays.map((w) => (
              <th key={w.long} scope="col">
                <abbr title={w.long}>{w.short}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.weeks.map((week) => (
            <tr key={week[0].day}>
              {week.map((d) => {
                const off = nonWorking?.get(d.day) ?? [];
                return (
                <td
                  key={d.day}
                  className={['legal-day', d.inMonth ? '' : 'legal-day-outside', d.isToday ? 'legal-today' : '', off.length ? 'legal-day-nonworking' : ''].filter(Boolean).join(' ')}
                  aria-current={d.isToday ? 'date' : undefined}
                  data-day={d.day}
                  data-nonworking={off.length ? off[0].kind : undefined}
                >
                  <div className="legal-day-number">
                    <span aria-hidden="true">{d.dayOfMonth}</span>
                    <span className="visually-hidden">{fullDate.format(noon(d.day))}</span>
                    {d.isToday && <span className="legal-today-label">{t('calendar.todayMark')}</span>}
                  </div>
                  {off.map((o) => (
                    <div key={`${o.kind}-${o.label}`} className={`legal-day-off legal-day-off-${o.kind}`}>
                      {o.kind === 'holiday'
                        // Public holidays are named by the service in English; their names in every language live with the admin's holiday table.
                        ? t('nonWorking.holiday', { name: t(`admin:holidayNames.${o.label}`, { defaultValue: o.label }) })
                        : t('nonWorking.closure', { name: o.label })}
                    </div>
                  ))}
                  {d.items.length > 0 && (
                    <ul className="legal-day-items">
                      {d.items.map((item) => (
                        <li key={`${item.type}-${item.id}`}>
                          <CalendarEntry item={item} today={today} onOpen={onOpen} kindLabel={kindLabel} hearingKind={hearingKind} language={i18n.language} />
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function CalendarEntry({
  item,
  today,
  onOpen,
  kindLabel,
  hearingKind,
  language,
}: {
  item: AgendaItem;
  today: Day;
  onOpen: (item: AgendaItem) => void;
  kindLabel: (key: string) => string;
  hearingKind: (kind: string) => string;
  language: string;
}) {
  const { t } = useTranslation('legal');
  if (item.type === 'hearing') {
    const h = item.hearing;
    const state = hearingState(h);
    return (
      <button type="button" className={`legal-entry legal-entry-hearing legal-entry-${state}`} onClick={() => onOpen(item)} data-testid="calendar-hearing">
        <span aria-hidden="true">⚖ </span>
        <time dateTime={h.startsAt}>{formatTime(h.startsAt, language)}</time> {hearingKind(h.kind)} · {h.caseCode}
        {state !== 'scheduled' && <> · {t(`hearing.state.${state}`)}</>}
        {h.nonWorkingDay && <> · {t('nonWorking.hearingFlag')}</>}
      </button>
    );
  }
  const d = item.deadline;
  const marks = deadlineMarks(d, today);
  return (
    <button
      type="button"
      className={['legal-entry', 'legal-entry-deadline', marks.hard ? 'legal-entry-hard' : '', marks.overdue ? 'legal-entry-overdue' : ''].filter(Boolean).join(' ')}
      onClick={() => onOpen(item)}
      data-testid="calendar-deadline"
    >
      <span aria-hidden="true">{marks.hard ? '⚠ ' : '◷ '}</span>
      {marks.hard ? t('deadline.hardShort') : t('deadline.softShort')}: {kindLabel(d.kind)} · {d.caseCode}
      {marks.overdue && <> · {t('deadline.overdue')}</>}
      {!marks.open && d.status !== 'missed' && <> · {t(`deadline.status.${d.status}`, d.status)}</>}
    </button>
  );
}
