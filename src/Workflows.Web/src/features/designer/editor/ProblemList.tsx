import { useTranslation } from 'react-i18next';
import type { Problem } from '../model/problems';
import { useProblemText } from '../model/problemText';

/** The engine's problems; with onSelect each one naming an activity is a button that selects it. */
export function ProblemList({ problems, onSelect }: { problems: Problem[]; onSelect?: (activityId: string) => void }) {
  const { t } = useTranslation('designer');
  const text = useProblemText();
  return (
    <ul className="designer-problem-list">
      {problems.map((p, i) => {
        const where = p.activityId ? `${p.activityId}${p.input ? ` · ${p.input}` : ''}` : t('problems.workflow');
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
