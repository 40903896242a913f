import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from '../../i18n';
import { CompletedTaskView } from './CompletedTaskView';

const caseId = '0190bbbb-0000-7000-8000-0000000000bb';
const signed = '0190cccc-0000-7000-8000-0000000000cc';
const gone = '0190dddd-0000-7000-8000-0000000000dd';
const unknown = '0190eeee-0000-7000-8000-0000000000ee';

function document(id: string, fileName: string, deletedAt: string | null = null) {
  return { id, caseId, kind: 'powerOfAttorney', fileName, mediaType: 'application/pdf', sizeBytes: 10, taskId: null, uploadedBy: null, uploadedByName: null, uploadedAt: '2026-12-01T10:00:00Z', deletedBy: null, deletedAt };
}

const task = {
  status: 'completed',
  outcome: 'Done',
  completedAt: '2026-12-02T10:00:00Z',
  caseId,
  data: { signed, copy: gone, other: unknown, note: 'All fine' },
  form: [
    { name: 'signed', label: 'Signed power of attorney', type: 'file', required: true, kind: 'powerOfAttorney' },
    { name: 'copy', label: 'Copy', type: 'file', required: false },
    { name: 'other', label: 'Other file', type: 'file', required: false },
    { name: 'note', label: 'Note', type: 'text', required: false },
  ],
} as unknown as Parameters<typeof CompletedTaskView>[0]['task'];

function show(view = task) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <CompletedTaskView task={view} />
    </QueryClientProvider>,
  );
}

describe('a completed task with file answers', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('en');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('names each file from the case documents with a download link, never the raw document id', async () => {
    const fetch = vi.fn(async () =>
      new Response(JSON.stringify([document(signed, 'punomocje.pdf'), document(gone, 'kopija.pdf', '2026-12-03T10:00:00Z')]), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      }),
    );
    vi.stubGlobal('fetch', fetch);
    show();

    const link = await screen.findByRole('link', { name: 'punomocje.pdf' });
    expect(link.getAttribute('href')).toBe(`/api/documents/${signed}/content`);
    expect(link.getAttribute('download')).toBe('punomocje.pdf');
    // Deleted: its name, no link to content that no longer exists.
    expect(screen.getByText('kopija.pdf').closest('a')).toBeNull();
    expect(screen.getByText('(deleted)')).toBeTruthy();
    expect(screen.getByText('File not available')).toBeTruthy();
    expect(screen.getByText('All fine')).toBeTruthy();

    expect(globalThis.document.body.textContent).not.toContain(unknown);
    expect(String((fetch.mock.calls[0] as unknown[])[0])).toContain(`/api/cases/${caseId}/documents`);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('says the file is not available when the reader may not list the case documents', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ title: 'Not found', status: 404 }), { status: 404, headers: { 'content-type': 'application/problem+json' } })));
    show();
    expect(await screen.findAllByText('File not available')).toHaveLength(3);
    expect(globalThis.document.body.textContent).not.toContain(signed);
  });
});
