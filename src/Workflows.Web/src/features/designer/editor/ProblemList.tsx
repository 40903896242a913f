import { useTranslation } from 'react-i18next';
import type { Problem } from '../model/problems';
import { useInputLabel, useProblemText, type ProblemTypes } from '../model/problemText';

/**
 * The engine's problems; with onSelect each one naming an activity is a button that selects it. With the activities'
 * types, inputs are named by their labels.
 */
export function ProblemList({ problems, onSelect, types }: { problems: Problem[]; onSelect?: (activityId: string) => void; types?: ProblemTypes }) {
  const { t } = useTranslation('designer');
  const text = useProblemText(types);
  const inputLabel = useInputLabel(types);
  return (
    <ul className="designer-problem-list">
      {problems.map((p, i) => {
        const where = p.activityId ? `${p.activityId}${p.input ? ` · ${inputLabel(p, p.input)}` : ''}` : t('problems.workflow');
        return (
          <li key={i}>
            {p.activityId && onSelect ? (
              <button type="button" className="link-button" onClick={() => onSelect(p.activityId!)}>
                <strong>{where}</strong>: {text(p)}
              </button>
            ) : (
              <span>
                <strong>{where}</strong>: {text(p)}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
