import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from '../../../i18n';
import type { DeadlineKind } from '../api';
import { DeadlineKindForm, kindRequest } from './DeadlineKindForm';

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' } });
}

const saved: DeadlineKind = {
  key: 'criminal-appeal-extended',
  label: 'Criminal appeal (extended)',
  days: 20,
  hard: true,
  labels: { en: 'Criminal appeal (extended)', srLatn: 'Žalba (produženi rok)', srCyrl: 'Жалба (продужени рок)', srCyrlDerived: true },
};

function renderForm(kind: DeadlineKind | null, onDone = vi.fn()) {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <DeadlineKindForm kind={kind} onDone={onDone} />
    </QueryClientProvider>,
  );
  return onDone;
}

function stubApi(answer: (body: Record<string, unknown>) => Response) {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) =>
    url === '/api/auth/antiforgery' ? json(200, { headerName: 'X-XSRF-TOKEN', token: 't' }) : answer(JSON.parse(String(init?.body ?? '{}'))),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('deadline kind form', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('adds a kind with the English and Latin names, leaving the Cyrillic to be derived, and shows what it will read', async () => {
    const fetchMock = stubApi(() => json(200, saved));
    const onDone = renderForm(null);
    fireEvent.change(screen.getByLabelText('Key'), { target: { value: 'criminal-appeal-extended' } });
    fireEvent.change(screen.getByLabelText('Name in English'), { target: { value: 'Criminal appeal (extended)' } });
    fireEvent.change(screen.getByLabelText('Name in Serbian (Latin)'), { target: { value: 'Žalba (produženi rok)' } });
    expect(screen.getByText('Left empty, it reads: Жалба (продужени рок)')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Calendar days'), { target: { value: '20' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledWith(saved));
    const [url, init] = fetchMock.mock.calls.find(([u]) => u !== '/api/auth/antiforgery')!;
    expect(url).toBe('/api/legal-deadline-kinds/criminal-appeal-extended');
    expect(JSON.parse(String(init?.body))).toEqual({ labelEn: 'Criminal appeal (extended)', labelSrLatn: 'Žalba (produženi rok)', labelSrCyrl: null, days: 20, hard: true });
  });

  it('shows the API’s message under the field it names and asks for a key before sending', async () => {
    const fetchMock = stubApi(() => json(400, { title: 'Invalid', status: 400, errors: { labelSrLatn: ['Required, at most 200 characters.'] } }));
    renderForm(null);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Enter a key.')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('Key'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const latin = screen.getByLabelText('Name in Serbian (Latin)');
    await waitFor(() => expect(latin.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(`${latin.id}-error`)?.textContent).toContain('Required, at most 200 characters.');
  });

  it('edits a kind with its names filled in, the Cyrillic empty while it is derived', () => {
    renderForm(saved);
    expect(screen.queryByLabelText('Key')).toBeNull();
    expect((screen.getByLabelText('Name in Serbian (Latin)') as HTMLInputElement).value).toBe('Žalba (produženi rok)');
    expect((screen.getByLabelText('Name in Serbian (Cyrillic), optional') as HTMLInputElement).value).toBe('');
    cleanup();
    renderForm({ ...saved, labels: { ...saved.labels, srCyrl: 'Жалба — продужени рок', srCyrlDerived: false } });
    expect((screen.getByLabelText('Name in Serbian (Cyrillic), optional') as HTMLInputElement).value).toBe('Жалба — продужени рок');
  });

  it('sends blank names as missing so the API names them', () => {
    expect(kindRequest({ labelEn: ' ', labelSrLatn: '', labelSrCyrl: '  ', days: 'x', hard: false })).toEqual({ labelEn: null, labelSrLatn: null, labelSrCyrl: null, days: null, hard: false });
  });
});
