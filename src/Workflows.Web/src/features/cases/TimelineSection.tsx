import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/SessionContext';
import { hasRole } from '../../auth/types';
import { formatDate, formatTime } from '../../i18n/format';
import type { CaseStoryItem, CaseTeamMember, CaseTimelineEntry } from './api';
import { humanize } from './labels';
import { storyDetails, storySentence } from './story';
import { activityName, actorOf, groupByDay, kindKey } from './timeline';

/**
 * What people did and what happened on the case, newest first, one heading per Belgrade day. Coordinators may switch
 * to the technical view: the engine's journal of the case's workflows (forks, joins, system steps).
 */
export function TimelineSection({ story, entries, team }: { story: CaseStoryItem[]; entries: CaseTimelineEntry[]; team: CaseTeamMember[] }) {
  const { t } = useTranslation('timeline');
  const { me } = useSession();
  const [technical, setTechnical] = useState(false);
  const mayViewTechnical = hasRole(me, 'Coordinator', 'Admin');
  return (
    <section className="card case-section-wide" aria-labelledby="case-timeline">
      <h2 id="case-timeline">{t('title')}</h2>
      {mayViewTechnical && (
        <label className="row">
          <input type="checkbox" checked={technical} onChange={(e) => setTechnical(e.target.checked)} /> {t('technical')}
        </label>
      )}
      {technical ? <Journal entries={entries} team={team} /> : <Story story={story} />}
    </section>
  );
}

function Story({ story }: { story: CaseStoryItem[] }) {
  const { t, i18n } = useTranslation('timeline');
  if (story.length === 0) return <p className="muted">{t('none')}</p>;
  return (
    <ol className="timeline" aria-label={t('title')}>
      {groupByDay(story).map((day) => (
        <li key={day.day} className="timeline-day">
          <h3>{formatDate(`${day.day}T12:00:00Z`, i18n.language)}</h3>
          <ol>
            {day.entries.map((e, i) => (
              <li key={`${e.key}-${e.at}-${i}`} className="timeline-entry">
                <time dateTime={e.at}>{formatTime(e.at, i18n.language)}</time>
                <strong>{storySentence(e, t, i18n.language)}</strong>
                {storyDetails(e, t).map((d) => (
                  <span key={d}>({d})</span>
                ))}
                {e.actorId && <span className="muted">{t('byActor', { name: e.actorName ?? t('someone'), interpolation: { escapeValue: false } })}</span>}
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}

/** The journal of the case's workflows. The journal's free text stays on the server. */
function Journal({ entries, team }: { entries: CaseTimelineEntry[]; team: CaseTeamMember[] }) {
  const { t, i18n } = useTranslation('cases');
  const actorName = (actor: string) => {
    const a = actorOf(actor, team);
    if (a.type === 'member') return a.name;
    if (a.type === 'user') return t('timeline.anotherUser');
    return t('timeline.system');
  };
  if (entries.length === 0) return <p className="muted">{t('timeline.none')}</p>;
  return (
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
                {e.outcome && <span>→ {t(`timeline.outcomes.${e.outcome}`, { defaultValue: humanize(e.outcome) })}</span>}
                <span className="muted">
                  {e.workflowName || humanize(e.definitionId)} · {actorName(e.actor)}
                </span>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
