import { useTranslation } from 'react-i18next';
import { formatDate, formatTime } from '../../i18n/format';
import type { CaseTeamMember, CaseTimelineEntry } from './api';
import { humanize } from './labels';
import { activityName, actorOf, groupByDay, kindKey } from './timeline';

/** The journal of the case's workflows, newest first, one heading per Belgrade day. The journal's free text stays on the server. */
export function TimelineSection({ entries, team }: { entries: CaseTimelineEntry[]; team: CaseTeamMember[] }) {
  const { t, i18n } = useTranslation('cases');
  const actorName = (actor: string) => {
    const a = actorOf(actor, team);
    if (a.type === 'member') return a.name;
    if (a.type === 'user') return t('timeline.anotherUser');
    return t('timeline.system');
  };
  return (
    <section className="card case-section-wide" aria-labelledby="case-timeline">
      <h2 id="case-timeline">{t('timeline.title')}</h2>
      {entries.length === 0 ? (
        <p className="muted">{t('timeline.none')}</p>
      ) : (
        <ol className="timeline">
          {groupByDay(entries).map((day) => (
            <li key={day.day} className="timeline-day">
              <h3>{formatDate(`${day.day}T12:00:00Z`, i18n.language)}</h3>
              <ol>
                {day.entries.map((e, i) => (
                  <li key={`${e.instanceId}-${e.at}-${i}`} className="timeline-entry">
                    <time dateTime={e.at}>{formatTime(e.at, i18n.language)}</time>
                    <strong>{t(kindKey(e.kind), { defaultValue: humanize(e.kind) })}</strong>
                    <span>{activityName(e)}</span>
                    {e.outcome && <span>→ {humanize(e.outcome)}</span>}
                    <span className="muted">
                      {humanize(e.definitionId)} · {actorName(e.actor)}
                    </span>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
