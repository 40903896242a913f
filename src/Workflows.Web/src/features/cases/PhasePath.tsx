import { useTranslation } from 'react-i18next';
import { phaseSteps } from './phasePath';
import { usePhaseName } from './usePhases';
import './cases.css';

/** The assistance path as an ordered stepper; the current phase is marked in words and by aria-current, not only by colour. */
export function PhasePath({ path, current }: { path: readonly string[]; current: string }) {
  const { t } = useTranslation('cases');
  const phaseName = usePhaseName();
  return (
    <ol className="phase-path" aria-label={t('case.phasePath')}>
      {phaseSteps(path, current).map((step, i) => (
        <li key={step.phase} className={`phase-step phase-${step.state}`} aria-current={step.state === 'current' ? 'step' : undefined}>
          <span className="phase-marker" aria-hidden="true">
            {step.state === 'past' ? '✓' : i + 1}
          </span>
          <span className="phase-name">{phaseName(step.phase)}</span>
          <span className="phase-state">{t(`case.step.${step.state}`)}</span>
        </li>
      ))}
    </ol>
  );
}
