import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from './problems';

/**
 * A validation problem worded in the reader's language from its language-neutral code and arguments; the engine's
 * English message when the problem has no code (or one this web app has no text for yet).
 */
export function useProblemText(): (problem: Problem) => string {
  const { t, i18n } = useTranslation('problems');
  return useCallback(
    (problem: Problem) =>
      problem.code && i18n.exists(problem.code, { ns: 'problems' }) ? t(problem.code, { ...(problem.args ?? {}) }) : problem.message,
    [t, i18n],
  );
}
