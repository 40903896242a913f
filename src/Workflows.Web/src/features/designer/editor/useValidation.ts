import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { validateDefinition } from '../api';
import type { WorkflowDefinition } from '../model/definition';
import type { ProblemStore } from './designerContext';

export type ValidationStatus = 'pending' | 'valid' | 'invalid' | 'failed';

/** Positions do not matter to the engine: a drag must not send the definition again. */
function withoutPositions(definition: WorkflowDefinition): string {
  return JSON.stringify({ ...definition, activities: definition.activities.map(({ designer: _designer, ...rest }) => rest) });
}

/** Asks the engine ~500 ms after the last edit; a newer edit cancels the older request. */
export function useValidation(definition: WorkflowDefinition, store: ProblemStore, delay = 500): { status: ValidationStatus; count: number; untranslated: number } {
  // The answer remembers which definition it is about: for any other one the status is pending (the count stays).
  const [answer, setAnswer] = useState<{ key: string | null; status: ValidationStatus; count: number; untranslated: number }>({ key: null, status: 'pending', count: 0, untranslated: 0 });
  const key = withoutPositions(definition);
  const latest = useRef(definition);
  useLayoutEffect(() => {
    latest.current = definition;
  });

  useEffect(() => {
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      validateDefinition(latest.current, controller.signal)
        .then((result) => {
          store.set([...result.problems, ...(result.warnings ?? []).map((w) => ({ ...w, warning: true }))]);
          setAnswer({ key, status: result.valid ? 'valid' : 'invalid', count: result.problems.length, untranslated: result.untranslated?.length ?? 0 });
        })
        .catch((e: unknown) => {
          if (controller.signal.aborted) return;
          const message = e instanceof Error ? e.message : String(e);
          store.set([{ activityId: null, input: null, message }]);
          setAnswer({ key, status: 'failed', count: 1, untranslated: 0 });
        });
    }, delay);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [key, store, delay]);

  return { status: answer.key === key ? answer.status : 'pending', count: answer.count, untranslated: answer.untranslated };
}
