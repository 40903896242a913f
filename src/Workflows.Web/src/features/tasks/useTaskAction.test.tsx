import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTaskAction } from './hooks';

function respond(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('claiming a task someone else just took', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reports a conflict (not an error) and refreshes every task query', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        url.endsWith('/antiforgery') ? respond(200, { headerName: 'X-CSRF', token: 't' }) : respond(409, { title: 'Conflict', detail: 'Task is already assigned.' }),
      ),
    );
    const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
    const invalidate = vi.spyOn(client, 'invalidateQueries');
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
    const { result } = renderHook(() => useTaskAction(), { wrapper });

    act(() => result.current.run('claim', { id: '0190aaaa-0000-7000-8000-0000000000bb', revision: 1 }));
    await waitFor(() => expect(result.current.conflict).toBe(true));
    expect(result.current.error).toBeNull();
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ['tasks'] });
  });
});
