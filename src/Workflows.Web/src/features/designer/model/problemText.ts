import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { inputTextKey } from './activityInputs';
import type { Problem } from './problems';

/** The activity type a problem's activity has: one type for a panel about one activity, or a lookup over the graph. */
export type ProblemTypes = string | ((activityId: string) => string | undefined);

/**
 * A validation problem worded in the reader's language from its language-neutral code and arguments; the engine's
 * English message when the problem has no code (or one this web app has no text for yet). An `input` argument is
 * said by the input's label (activityInputs) when the activity's type is known, so the reader sees "Follow-up", not
 * `followUp`.
 */
export function useProblemText(types?: ProblemTypes): (problem: Problem) => string {
  const { t, i18n } = useTranslation('problems');
  const inputLabel = useInputLabel(types);
  return useCallback(
    (problem: Problem) => {
      if (!(problem.code && i18n.exists(problem.code, { ns: 'problems' }))) return problem.message;
      const args: Record<string, string> = { ...(problem.args ?? {}) };
      if (args.input) args.input = inputLabel(problem, args.input);
      return t(problem.code, args);
    },
    [t, i18n, inputLabel],
  );
}

/**
 * An input's label in the reader's language for a problem about it; the input as written when it is a path
 * (`escalations[0].after`), when the type is not known, or when the type has no such input (an unknown input).
 */
export function useInputLabel(types?: ProblemTypes): (problem: Problem, input: string) => string {
  const { t, i18n } = useTranslation('activityInputs');
  return useCallback(
    (problem: Problem, input: string) => {
      const activityId = problem.args?.activity ?? problem.activityId;
      const type = typeof types === 'string' ? types : (activityId && types?.(activityId)) || problem.args?.type;
      if (!type || !/^[A-Za-z][A-Za-z0-9_]*$/.test(input)) return input;
      const key = inputTextKey.label(type, input);
      return i18n.exists(key, { ns: 'activityInputs' }) ? t(key) : input;
    },
    [t, i18n, types],
  );
}
