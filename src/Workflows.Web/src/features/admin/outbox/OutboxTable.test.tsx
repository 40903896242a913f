import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from '../../../i18n';
import type { OutboxEntry } from '../api';
import { OutboxTable } from './OutboxTable';

const base: OutboxEntry = {
  id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
  kind: 'email',
  status: 'DeadLetter',
  attempts: 8,
  createdAt: '2026-03-01T08:00:00Z',
  nextAttemptAt: '2026-03-02T08:00:00Z',
  sentAt: null,
  lastError: 'SMTP 550 mailbox unavailable',
};

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json' } });
}

function renderTable(entries: OutboxEntry[]) {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <OutboxTable entries={entries} onResent={() => undefined} />
    </QueryClientProvider>,
  );
}

describe('outbox table', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows the state in words, the attempts and the last error, and offers Resend only where it applies', () => {
    renderTable([
      base,
      { ...base, id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c', status: 'Sent', attempts: 1, sentAt: '2026-03-01T08:01:00Z', lastError: null },
      { ...base, id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5d', status: 'Pending', attempts: 2, lastError: 'SMTP 451 try later' },
    ]);
    expect(screen.getByText('Dead letter')).toBeTruthy();
    expect(screen.getByText('Sent', { selector: '.badge' })).toBeTruthy();
    expect(screen.getByText('Failed, retrying')).toBeTruthy();
    expect(screen.getByText('SMTP 550 mailbox unavailable')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Resend' })).toHaveLength(2);
  });

  it('explains a 404 from a host without the resend endpoint', async () => {
    const fetchMock = vi.fn(async (url: string) =>
      url === '/api/auth/antiforgery' ? json(200, { headerName: 'X-XSRF-TOKEN', token: 't' }) : json(404, { title: 'Not Found' }),
    );
    vi.stubGlobal('fetch', fetchMock);
    renderTable([base]);
    fireEvent.click(screen.getByRole('button', { name: 'Resend' }));
    expect((await screen.findByRole('alert')).textContent).toContain('cannot resend messages yet');
    expect(fetchMock).toHaveBeenCalledWith(`/api/admin/outbox/${base.id}/resend`, expect.objectContaining({ method: 'POST' }));
  });
});
