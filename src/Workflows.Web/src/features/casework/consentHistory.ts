import type { ConsentEvent } from './api';

/** The history newest first, so the latest change of a purpose is read before older ones. */
export function newestFirst(history: readonly ConsentEvent[]): ConsentEvent[] {
  return [...history].sort((a, b) => b.id - a.id);
}

/** Whether a purpose may be withdrawn now: only a standing consent can be (the API answers 409 otherwise). */
export function withdrawable(current: readonly { purpose: string; given: boolean }[], purpose: string): boolean {
  return current.some((c) => c.purpose === purpose && c.given);
}
