import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ActivityType } from '../model/descriptors';
import { emptyProblems, indexProblems, type Problem, type ProblemIndex } from '../model/problems';

export const DescriptorsContext = createContext<Map<string, ActivityType>>(new Map());

export function useDescriptor(type: string): ActivityType | undefined {
  return useContext(DescriptorsContext).get(type);
}

/**
 * Validation results live outside the graph so a new answer re-renders only the nodes whose problems changed,
 * not all two hundred of them.
 */
export class ProblemStore {
  private index: ProblemIndex = emptyProblems;
  private listeners = new Set<() => void>();

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get = () => this.index;

  set(problems: Problem[]) {
    const next = indexProblems(problems);
    // Keep the previous array where nothing changed, so those nodes' snapshots stay equal.
    for (const [id, list] of next.byActivity) {
      const previous = this.index.byActivity.get(id);
      if (previous && JSON.stringify(previous) === JSON.stringify(list)) next.byActivity.set(id, previous);
    }
    this.index = next;
    this.listeners.forEach((l) => l());
  }
}

export const ProblemStoreContext = createContext<ProblemStore>(new ProblemStore());

export function useProblemIndex(): ProblemIndex {
  const store = useContext(ProblemStoreContext);
  return useSyncExternalStore(store.subscribe, store.get);
}

export function useActivityProblems(id: string): Problem[] | undefined {
  const store = useContext(ProblemStoreContext);
  return useSyncExternalStore(store.subscribe, () => store.get().byActivity.get(id));
}
