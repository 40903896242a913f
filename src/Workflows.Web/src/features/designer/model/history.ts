/** An undo/redo stack of immutable snapshots; the present is never in either list. */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
}

export const historyLimit = 100;

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

/** A change the user can undo: the old present goes onto the past, and redo is no longer possible. */
export function commit<T>(history: History<T>, next: T): History<T> {
  if (next === history.present) return history;
  const past = [...history.past, history.present];
  if (past.length > historyLimit) past.shift();
  return { past, present: next, future: [] };
}

/** A change that is not a step of its own (selection, a drag in progress): replaces the present. */
export function replacePresent<T>(history: History<T>, next: T): History<T> {
  return next === history.present ? history : { ...history, present: next };
}

export function undo<T>(history: History<T>): History<T> {
  if (history.past.length === 0) return history;
  const previous = history.past[history.past.length - 1];
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo<T>(history: History<T>): History<T> {
  if (history.future.length === 0) return history;
  const [next, ...rest] = history.future;
  return { past: [...history.past, history.present], present: next, future: rest };
}

export const canUndo = <T,>(history: History<T>) => history.past.length > 0;
export const canRedo = <T,>(history: History<T>) => history.future.length > 0;
