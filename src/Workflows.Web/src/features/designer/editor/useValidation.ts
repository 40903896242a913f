import { useEffect, useRef, useState } from 'react';
import { validateDefinition } from '../api';
import type { WorkflowDefinition } from '../model/definition';
import type { ProblemStore } from './designerContext';

export type ValidationStatus = 'pending' | 'valid' | 'invalid' | 'failed';

/** Positions do not matter to the engine: a drag must not send the definition again. */
function withoutPositions(definition: WorkflowDefinition): string {
  return JSON.stringify({ ...definition, activities: definition.activities.map(({ designer: _designer, ...rest }) => rest) });
}

/** Asks the engine ~500 ms after the last edit; a newer edit cancels the older request. */
export function useValidation(definition: WorkflowDefinition, store: ProblemStore, delay = 500): { status: ValidationStatus; count: number } {
  const [state, setState] = useState<{ status: ValidationStatus; count: number }>({ status: 'pending', count: 0 });
  const key = withoutPositions(definition);
  const latest = useRef(definition);
  latest.current = definition;

  useEffect(() => {
    setState((s) => ({ ...s, status: 'pending' }));
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      validateDefinition(latest.current, controller.signal)
        .then((result) => {
          store.set(result.problems);
          setState({ status: result.valid ? 'valid' : 'invalid', count: result.problems.length });
        })
        .catch((e: unknown) => {
          if (controller.signal.aborted) return;
          const message = e instanceof Error ? e.message : String(e);
          store.set([{ activityId: null, input: null, message }]);
          setState({ status: 'failed', count: 1 });
        });
    }, delay);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [key, store, delay]);

  return state;
}
