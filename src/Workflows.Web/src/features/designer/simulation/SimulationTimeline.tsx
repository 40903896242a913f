import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimulationResponse } from './api';
import { dueView, formatVirtualTime, stepView } from './steps';

const statusTones: Record<string, string> = { Completed: 'success', Waiting: 'warning', Faulted: 'danger', LimitReached: 'danger', Invalid: 'danger' };

interface Props {
  result: SimulationResponse;
  current: number;
  onStep: (index: number) => void;
}

/** The steps as a table, with Previous/Next (buttons, and the arrow keys while focus is on them) to walk through. */
export function SimulationTimeline({ result, current, onStep }: Props) {
  const { t, i18n } = useTranslation('viewer');
  const rowRef = useRef<HTMLTableRowElement>(null);
  const count = result.steps.length;
  const step = result.steps[current];

  useEffect(() => {
    rowRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);

  const tone = statusTones[result.finalStatus] ?? 'neutral';
  return (
    <section className="stack" aria-labelledby="simulation-result-title">
      <h2 id="simulation-result-title">{t('simulation.result')}</h2>
      <p>
        {t('simulation.finalStatus')}{' '}
        <span className={`badge badge-${tone}`}>{t(`simulation.status.${result.finalStatus}`, { defaultValue: result.finalStatus })}</span>{' '}
        <span className="muted">{t('simulation.stepCount', { count })}</span>
      </p>
      {result.problems.length > 0 && (
        <div className="card">
          <h3>{t('simulation.problems')}</h3>
          <ul>
            {result.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {count > 0 && (
        <div
          className="row"
          role="group"
          aria-label={t('simulation.stepControls')}
          onKeyDown={(e) => {
            if (e.key === 'ArrowRight') onStep(current + 1);
            if (e.key === 'ArrowLeft') onStep(current - 1);
          }}
        >
          <button type="button" onClick={() => onStep(current - 1)} disabled={current <= 0}>
            ← {t('simulation.previous')}
          </button>
          <button type="button" onClick={() => onStep(current + 1)} disabled={current >= count - 1}>
            {t('simulation.next')} →
          </button>
          <span aria-live="polite" className="viewer-step-status">
            {t('simulation.stepOf', { index: current + 1, count })}
            {step ? ` — ${t(stepView(step).kindKey)}${step.name ? `: ${step.name}` : ''}` : ''}
          </span>
        </div>
      )}
      <div className="viewer-scroll" tabIndex={0} role="region" aria-label={t('simulation.timeline')}>
        <table>
          <caption className="visually-hidden">{t('simulation.timeline')}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('simulation.when')}</th>
              <th scope="col">{t('simulation.what')}</th>
              <th scope="col">{t('simulation.role')}</th>
              <th scope="col">{t('simulation.due')}</th>
              <th scope="col">{t('simulation.details')}</th>
            </tr>
          </thead>
          <tbody>
            {result.steps.map((s, index) => {
              const view = stepView(s);
              const due = dueView(s, i18n.language);
              const isCurrent = index === current;
              return (
                <tr key={index} ref={isCurrent ? rowRef : undefined} className={isCurrent ? 'viewer-current' : undefined} aria-current={isCurrent ? 'step' : undefined}>
                  <td>
                    <button type="button" className="viewer-link-button" onClick={() => onStep(index)} aria-label={t('simulation.goToStep', { index: index + 1 })}>
                      {index + 1}
                    </button>
                  </td>
                  <td>
                    <time dateTime={s.at}>{formatVirtualTime(s.at, i18n.language)}</time>
                  </td>
                  <td>
                    <span className={`badge badge-${view.tone}`}>
                      <span aria-hidden="true">{view.icon}</span> {t(view.kindKey)}
                    </span>{' '}
                    {s.name ?? s.activityId ?? ''}
                    {s.escalationLevel != null && <span className="muted"> · {t('simulation.level', { level: s.escalationLevel })}</span>}
                  </td>
                  <td>{s.role ? t(`roles.${s.role}`, { ns: 'common', defaultValue: s.role }) : ''}</td>
                  <td>
                    {due && (
                      <>
                        <time dateTime={s.dueAt ?? undefined}>{due.text}</time>
                        <div className="muted viewer-small">{t('simulation.daysLater', { count: due.days })}</div>
                      </>
                    )}
                  </td>
                  <td>
                    {s.outcome && s.outcome !== 'Done' && <div>{t('simulation.outcomeIs', { outcome: s.outcome })}</div>}
                    {view.message && <div className="viewer-small">{view.message}</div>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
