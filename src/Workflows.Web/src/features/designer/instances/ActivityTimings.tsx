import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useInputTexts } from '../model/activityInputs';
import type { ActivityDefinition, Json } from '../model/definition';
import { useDurationWords } from '../model/durationWords';

/** One line per escalation: when it fires (in words), whom it notifies, whether priority is raised. */
function useEscalationLines(value: Json | undefined): string[] {
  const { t } = useTranslation('designer');
  const { t: tc } = useTranslation();
  const words = useDurationWords();
  if (!Array.isArray(value)) return [];
  return value.flatMap((rule) => {
    if (!rule || typeof rule !== 'object' || Array.isArray(rule)) return [];
    const when = words.escalation(rule.after);
    if (!when) return [];
    const notify = Array.isArray(rule.notify) ? rule.notify.filter((n): n is string => typeof n === 'string') : [];
    const who = [
      ...notify.map((n) => (n === 'assignee' ? t('escalation.assignee') : tc(`roles.${n}`, { defaultValue: n }))),
      ...(rule.raisePriority === true ? [t('durationWords.raisePriority')] : []),
    ];
    return [who.length ? t('durationWords.escalationRule', { when, who: who.join(', ') }) : when];
  });
}

/**
 * The definition's durations for the selected activity, in words ("Due: 2 working days", "Wait for: 4 hours") and its
 * escalations, so the viewer reads when a waiting step will move on without decoding PT4H or { "workingDays": 2 }.
 */
export function ActivityTimings({ activity }: { activity: ActivityDefinition }) {
  const { t } = useTranslation('designer');
  const texts = useInputTexts(activity.type);
  const words = useDurationWords();
  const inputs = activity.inputs ?? {};
  const durations = Object.entries(inputs).flatMap(([name, value]) => {
    const said = name === 'escalations' ? null : words.duration(value);
    return said ? [{ name, label: texts.label({ name }), said }] : [];
  });
  const escalations = useEscalationLines(inputs.escalations);
  if (durations.length === 0 && escalations.length === 0) return null;
  return (
    <section aria-labelledby="activity-timings-title">
      <h3 id="activity-timings-title">{t('durationWords.timing')}</h3>
      <dl className="viewer-facts">
        {durations.map((d) => (
          <Fragment key={d.name}>
            <dt>{d.label}</dt>
            <dd>{d.said}</dd>
          </Fragment>
        ))}
        {escalations.length > 0 && (
          <>
            <dt>{texts.label({ name: 'escalations' })}</dt>
            <dd>
              <ul className="viewer-small">
                {escalations.map((line, i) => <li key={i}>{line}</li>)}
              </ul>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
