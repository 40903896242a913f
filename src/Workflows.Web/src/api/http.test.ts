import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, onSessionExpired, resetAntiforgery } from './client';
import { http, quietUnauthorized, unwrap } from './http';

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function stubFetch(answer: (url: string, init?: RequestInit) => Response) {
  const fetch = vi.fn(async (url: string, init?: RequestInit) =>
    url === '/api/auth/antiforgery' ? json(200, { headerName: 'X-XSRF-TOKEN', token: 'tok' }) : answer(url, init),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('the typed API client', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    resetAntiforgery();
  });

  it('leaves empty query values out', async () => {
    const fetch = stubFetch(() => json(200, { items: [], nextCursor: null }));
    await unwrap(http.GET('/api/cases', { params: { query: { phase: '', code: 'AS 1', limit: 50, cursor: undefined } } }));
    expect(fetch.mock.calls[0][0]).toBe('/api/cases?code=AS+1&limit=50');
    expect(fetch.mock.calls[0][1]).toMatchObject({ method: 'GET', credentials: 'same-origin', body: undefined });
  });

  it('sends writes as JSON with the antiforgery header and encoded path parameters, and an empty object when there is no body', async () => {
    const fetch = stubFetch(() => json(200, { id: 'x' }));
    await unwrap(http.POST('/api/tasks/{id}/claim', { params: { path: { id: 't 1' } }, body: { revision: 3 } }));
    await unwrap(http.POST('/api/admin/audit/verify'));
    const writes = fetch.mock.calls.filter(([url]) => url !== '/api/auth/antiforgery');
    expect(writes.map(([url, init]) => [url, init?.method, init?.body])).toEqual([
      ['/api/tasks/t%201/claim', 'POST', '{"revision":3}'],
      ['/api/admin/audit/verify', 'POST', '{}'],
    ]);
    expect(writes[0][1]?.headers).toMatchObject({ 'Content-Type': 'application/json', 'X-XSRF-TOKEN': 'tok' });
  });

  it('turns ProblemDetails into ApiError with the field errors', async () => {
    stubFetch(() => json(400, { title: 'One or more validation errors occurred.', detail: 'Check the form.', errors: { Room: ['Too long.'] } }));
    const error = await unwrap(http.PUT('/api/hearings/{id}', { params: { path: { id: 'h' } }, body: {} as never })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).detail).toBe('Check the form.');
    expect((error as ApiError).forField('room')).toEqual(['Too long.']);
  });

  it("keeps the problem's extension members, such as the consent purpose a 409 names", async () => {
    stubFetch(() => json(409, { type: 'about:blank', title: 'No consent', status: 409, detail: "No consent for 'sharing-health'.", purpose: 'sharing-health', traceId: 't' }));
    const error = (await unwrap(http.GET('/api/tasks/counts')).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(409);
    expect(error.extensions).toEqual({ purpose: 'sharing-health', traceId: 't' });
  });

  it('signals an expired session on 401, except for calls that expect it', async () => {
    stubFetch(() => json(401, { title: 'Unauthorized' }));
    const expired = vi.fn();
    const stop = onSessionExpired(expired);
    await unwrap(http.GET('/api/me', quietUnauthorized)).catch(() => undefined);
    expect(expired).not.toHaveBeenCalled();
    await unwrap(http.GET('/api/tasks/counts')).catch(() => undefined);
    expect(expired).toHaveBeenCalledTimes(1);
    stop();
  });
});
