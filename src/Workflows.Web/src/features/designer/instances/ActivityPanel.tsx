import { useTranslation } from 'react-i18next';
import { Badge } from '../../../ui/Badge';
import { DateTime } from '../../../ui/DateTime';
import type { ActivityDefinition } from '../model/definition';
import type { InstanceActivity, JournalEntry } from './api';
import { ActivityTimings } from './ActivityTimings';
import { stateDetail, stateDisplay } from './display';
import { useDetailText } from './useDetailText';

/** The selected activity: its state in words, what it waits for, its incident, and its own journal lines. */
export function ActivityPanel({ activity, definition, journal }: { activity: InstanceActivity; definition?: ActivityDefinition; journal: JournalEntry[] }) {
  const { t } = useTranslation('viewer');
  const detailText = useDetailText();
  const display = stateDisplay(activity.state);
  const detail = stateDetail(activity);
  const own = journal.filter((j) => j.activityId === activity.activityId);
  return (
    <section className="card stack" aria-labelledby="activity-panel-title">
      <h2 id="activity-panel-title">{activity.name ?? activity.activityId}</h2>
      <dl className="viewer-facts">
        <dt>{t('instance.activityId')}</dt>
        <dd>
          <code>{activity.activityId}</code>
        </dd>
        <dt>{t('instance.type')}</dt>
        <dd>
          <code>{activity.type}</code>
        </dd>
        <dt>{t('instance.state')}</dt>
        <dd>
          <Badge tone={display.tone}>
            <span aria-hidden="true">{display.icon}</span> {t(display.labelKey)}
          </Badge>
        </dd>
        {detail && (
          <>
            <dt>{t('instance.detail')}</dt>
            <dd>{detailText(detail)}</dd>
          </>
        )}
        {activity.waitingFor?.due && (
          <>
            <dt>{t('instance.due')}</dt>
            <dd>
              <DateTime value={activity.waitingFor.due} />
            </dd>
          </>
        )}
        {activity.completedAt && (
          <>
            <dt>{t('instance.completedAt')}</dt>
            <dd>
              <DateTime value={activity.completedAt} />
            </dd>
          </>
        )}
      </dl>
      {definition && <ActivityTimings activity={definition} />}
      {activity.incident && (
        <div className="error" role="status">
          <strong>{t('instance.incident')}:</strong> {activity.incident.message}
        </div>
      )}
      {own.length > 0 && (
        <>
          <h3>{t('instance.activityJournal')}</h3>
          <ul className="viewer-small">
            {own.map((j) => (
              <li key={j.sequence}>
                <DateTime value={j.at} /> — {t(`instance.kinds.${j.kind}`, { defaultValue: j.kind })}
                {j.outcome ? ` (${j.outcome})` : ''}
                {j.message ? `: ${j.message}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
