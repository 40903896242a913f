import { describe, expect, it } from 'vitest';
import { canResend, isOutboxFilter, outboxState, outboxTone, statusParam } from './outboxStatus';

describe('outbox status', () => {
  it('tells a failing message (pending with an error) from a queued one', () => {
    expect(outboxState({ status: 'Pending', lastError: null })).toBe('pending');
    expect(outboxState({ status: 'Pending', lastError: 'SMTP 451 try later' })).toBe('failing');
    expect(outboxState({ status: 'DeadLetter', lastError: 'SMTP 550' })).toBe('deadLetter');
    expect(outboxState({ status: 'Sent', lastError: 'SMTP 451 try later' })).toBe('sent');
    expect(outboxState({ status: 'Archived', lastError: null })).toBe('unknown');
  });

  it('offers resending only for what the API puts back in line', () => {
    expect(canResend('deadLetter')).toBe(true);
    expect(canResend('failing')).toBe(true);
    expect(canResend('pending')).toBe(false);
    expect(canResend('sent')).toBe(false);
  });

  it('marks dead letters as danger and sent as success', () => {
    expect(outboxTone.deadLetter).toBe('danger');
    expect(outboxTone.sent).toBe('success');
  });

  it('sends the API the status it understands, nothing for all', () => {
    expect(statusParam('all')).toBeUndefined();
    expect(statusParam('dead')).toBe('dead');
    expect(statusParam('failing')).toBe('failing');
    expect(isOutboxFilter('dead')).toBe(true);
    expect(isOutboxFilter('deadLetter')).toBe(false);
    expect(isOutboxFilter(null)).toBe(false);
  });
});
