import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from '../../i18n';
import { TaskCompletionForm } from './TaskCompletionForm';

const caseId = '0190bbbb-0000-7000-8000-0000000000bb';
const documentId = '0190cccc-0000-7000-8000-0000000000cc';
const task = {
  id: '0190aaaa-0000-7000-8000-0000000000aa',
  caseId,
  revision: 2,
  outcomes: ['Done'],
  form: [{ name: 'signed', label: 'Signed power of attorney', type: 'file', required: true, kind: 'powerOfAttorney' }],
};

function reply(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

function renderForm(form = task, onCompleted = vi.fn()) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <TaskCompletionForm task={form} onCompleted={onCompleted} />
    </QueryClientProvider>,
  );
  return onCompleted;
}

const pdf = () => new File(['%PDF-1.4 signed'], 'punomocje.pdf', { type: 'application/pdf' });

describe('a task form file field', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('en');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('uploads the chosen file to the case for the task, shows its name and completes with the document id', async () => {
    const fetch = vi.fn(async (url: string, init?: RequestInit) => {
      if (url.endsWith('/antiforgery')) return reply(200, { headerName: 'X-CSRF', token: 't' });
      if (url.endsWith(`/api/cases/${caseId}/documents`)) {
        const form = init?.body as FormData;
        return reply(201, { id: documentId, fileName: (form.get('file') as File).name, kind: form.get('kind') });
      }
      return reply(200, { ...task, status: 'completed', title: 'Power of attorney' });
    });
    vi.stubGlobal('fetch', fetch);
    const onCompleted = renderForm();

    const input = screen.getByLabelText(/Signed power of attorney/) as HTMLInputElement;
    expect(input.type).toBe('file');
    fireEvent.change(input, { target: { files: [pdf()] } });
    await screen.findByText('Uploaded: punomocje.pdf');

    const [, uploadInit] = fetch.mock.calls.find(([url]) => String(url).includes('/documents')) as unknown as [string, RequestInit];
    const sent = uploadInit.body as FormData;
    expect([sent.get('kind'), sent.get('taskId'), (sent.get('file') as File).name]).toEqual(['powerOfAttorney', task.id, 'punomocje.pdf']);

    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(onCompleted).toHaveBeenCalled());
    const [, completeInit] = fetch.mock.calls.find(([url]) => String(url).endsWith('/complete')) as unknown as [string, RequestInit];
    expect(JSON.parse(String(completeInit.body))).toMatchObject({ outcome: 'Done', revision: 2, data: { signed: documentId } });
  });

  it('stops on a required file not yet uploaded, and shows the upload refusal beside the field', async () => {
    const fetch = vi.fn(async (url: string) =>
      url.endsWith('/antiforgery')
        ? reply(200, { headerName: 'X-CSRF', token: 't' })
        : reply(400, { title: 'One or more validation errors occurred.', errors: { file: ['Only PDF, images and office documents are accepted.'] } }, 'application/problem+json'),
    );
    vi.stubGlobal('fetch', fetch);
    const onCompleted = renderForm();

    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    const input = screen.getByLabelText(/Signed power of attorney/);
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    expect(fetch).not.toHaveBeenCalled();

    fireEvent.change(input, { target: { files: [pdf()] } });
    await screen.findByText(/Only PDF, images and office documents are accepted\./);
    expect(screen.queryByText(/Uploaded:/)).toBeNull();
    expect(onCompleted).not.toHaveBeenCalled();
    expect(fetch.mock.calls.some(([url]) => String(url).endsWith('/complete'))).toBe(false);
  });

  it('refuses a file over 20 MB without sending it', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    renderForm();
    const big = pdf();
    Object.defineProperty(big, 'size', { value: 21 * 1024 * 1024 });
    fireEvent.change(screen.getByLabelText(/Signed power of attorney/), { target: { files: [big] } });
    await screen.findByText('The file is larger than 20 MB.');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('says a task without a case cannot take a document', () => {
    vi.stubGlobal('fetch', vi.fn());
    renderForm({ ...task, caseId: null as unknown as string });
    expect(screen.getByText('This task belongs to no case, so it cannot take a document.')).toBeTruthy();
  });
});
