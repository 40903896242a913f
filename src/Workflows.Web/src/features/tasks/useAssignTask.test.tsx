import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useAssignTask } from './useAssignTask';

const task = { id: '0190aaaa-0000-7000-8000-0000000000cc', revision: 4 };
const userId = '0190aaaa-0000-7000-8000-0000000000dd';

function respond(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function setUp(status: number, body: unknown) {
  const fetch = vi.fn(async (url: string, _init?: RequestInit) =>
    url.endsWith('/antiforgery') ? respond(200, { headerName: 'X-CSRF', token: 't' }) : respond(status, body),
  );
  vi.stubGlobal('fetch', fetch);
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  const invalidate = vi.spyOn(client, 'invalidateQueries');
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  const { result } = renderHook(() => useAssignTask(), { wrapper });
  const sent = () => fetch.mock.calls.filter(([url]) => !url.endsWith('/antiforgery')).map(([url, init]) => ({ url, body: JSON.parse(String(init?.body)) }));
  return { result, invalidate, sent };
}

describe('assigning and unassigning a task', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('assigns with the user and the revision, then refreshes the task and the queues', async () => {
    const { result, invalidate, sent } = setUp(200, { ...task, revision: 5, assigneeId: userId });
    act(() => result.current.assign(task, userId));
    await waitFor(() => expect(result.current.lastUserId).toBe(userId));
    expect(sent()).toEqual([{ url: expect.stringMatching(/\/api\/tasks\/[^/]+\/assign$/), body: { userId, revision: 4 } }]);
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ['tasks'] });
  });

  it('unassigns by releasing (the API refuses a null userId), with the revision', async () => {
    const { result, sent } = setUp(200, { ...task, revision: 5, assigneeId: null });
    act(() => result.current.assign(task, null));
    await waitFor(() => expect(result.current.lastUserId).toBeNull());
    expect(sent()).toEqual([{ url: expect.stringMatching(/\/api\/tasks\/[^/]+\/release$/), body: { revision: 4 } }]);
  });

  it('reports a 409 as a conflict (not an error) and reloads the tasks', async () => {
    const { result, invalidate } = setUp(409, { title: 'Conflict', detail: 'Task changed since revision 4; reload it.' });
    act(() => result.current.assign(task, userId));
    await waitFor(() => expect(result.current.conflict).toBe(true));
    expect(result.current.error).toBeNull();
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ['tasks'] });
  });

  it('keeps other refusals as errors, with the field message for the user', async () => {
    const { result } = setUp(400, { title: 'Invalid', errors: { userId: ['User does not exist.'] } });
    act(() => result.current.assign(task, userId));
    await waitFor(() => expect(result.current.error).not.toBeNull());
    expect(result.current.conflict).toBe(false);
  });
});
