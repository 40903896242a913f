import type { Tone } from '../../ui/Badge';

/** The filters the outbox offers, each with the `status` the API takes (dead letters, failing, pending, sent). */
export const outboxFilters = ['all', 'dead', 'failing', 'pending', 'sent'] as const;
export type OutboxFilter = (typeof outboxFilters)[number];

export function isOutboxFilter(value: string | null): value is OutboxFilter {
  return value !== null && (outboxFilters as readonly string[]).includes(value);
}

export function statusParam(filter: OutboxFilter): string | undefined {
  return filter === 'all' ? undefined : filter;
}

export type OutboxState = 'deadLetter' | 'failing' | 'pending' | 'sent' | 'unknown';

/** A pending message with a last error is retrying with backoff: "failing", told apart from one simply queued. */
export function outboxState(entry: { status: string; lastError: string | null }): OutboxState {
  switch (entry.status.toLowerCase()) {
    case 'deadletter':
      return 'deadLetter';
    case 'sent':
      return 'sent';
    case 'pending':
      return entry.lastError ? 'failing' : 'pending';
    default:
      return 'unknown';
  }
}

export const outboxTone: Record<OutboxState, Tone> = {
  deadLetter: 'danger',
  failing: 'warning',
  pending: 'info',
  sent: 'success',
  unknown: 'neutral',
};

/** Only what the API would put back in line: dead letters and failing messages (a sent one never goes twice). */
export function canResend(state: OutboxState): boolean {
  return state === 'deadLetter' || state === 'failing';
}
