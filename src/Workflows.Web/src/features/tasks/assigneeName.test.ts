import { describe, expect, it } from 'vitest';
import { assigneeName } from './marking';

const me = '0193a1b2-0000-7000-8000-00000000000a';
const other = '0193A1B2-0000-7000-8000-00000000000B';
const names = new Map([[other.toLowerCase(), 'Ana Petrović']]);

describe('assigneeName', () => {
  it('names the colleague who holds the task', () => {
    expect(assigneeName({ assigneeId: other }, me, names)).toBe('Ana Petrović');
  });
  it('leaves "you", unassigned, unknown holders and a missing staff list to the generic words', () => {
    expect(assigneeName({ assigneeId: me }, me, names)).toBeNull();
    expect(assigneeName({ assigneeId: null }, me, names)).toBeNull();
    expect(assigneeName({ assigneeId: '0193a1b2-0000-7000-8000-0000000000cc' }, me, names)).toBeNull();
    expect(assigneeName({ assigneeId: other }, me, undefined)).toBeNull();
  });
});
