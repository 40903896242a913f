import { describe, expect, it } from 'vitest';
import { renderHook } from '@testing-library/react';
import { useNewTaskAnnouncement } from './useNewTaskAnnouncement';

describe('announcing new tasks', () => {
  it('stays quiet on the first load, counts tasks a poll brings, and ignores pages from "load more" and scope changes', () => {
    const { result, rerender } = renderHook(({ ids, pages, scope }) => useNewTaskAnnouncement(ids, pages, scope), {
      initialProps: { ids: undefined as string[] | undefined, pages: 0, scope: 'mine|{}' },
    });
    expect(result.current).toBe(0);

    rerender({ ids: ['a', 'b'], pages: 1, scope: 'mine|{}' });
    expect(result.current).toBe(0);

    rerender({ ids: ['a', 'b', 'c', 'd'], pages: 1, scope: 'mine|{}' });
    expect(result.current).toBe(2);

    // A task leaving is no news; the last count stays until something else arrives.
    rerender({ ids: ['a', 'c', 'd'], pages: 1, scope: 'mine|{}' });
    expect(result.current).toBe(2);

    rerender({ ids: ['a', 'c', 'd', 'e'], pages: 2, scope: 'mine|{}' });
    rerender({ ids: ['a', 'c', 'd', 'e', 'f'], pages: 2, scope: 'mine|{}' });
    expect(result.current).toBe(1);

    rerender({ ids: ['x', 'y'], pages: 1, scope: 'available|{}' });
    expect(result.current).toBe(0);
  });
});
