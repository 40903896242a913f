import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from '../../i18n';
import { SessionContext } from '../../auth/SessionContext';
import type { Me } from '../../auth/types';
import type { ServiceDelivered } from './api';
import { ServicesSection } from './ServicesSection';

const caseId = '0190a1b2-0000-7000-8000-000000000001';
const manager: Me = { id: 'm1', email: 'casemanager@astra.local', displayName: 'Case Manager', roles: ['CaseManager'] };
const catalogue = [
  { key: 'legal-aid', labelEn: 'Legal aid', labelSrLatn: 'Pravna pomoć', labelSrCyrl: 'Правна помоћ', active: true },
  { key: 'counselling', labelEn: 'Counselling', labelSrLatn: 'Savetovanje', labelSrCyrl: 'Саветовање', active: true },
];

function record(id: string, over: Partial<ServiceDelivered>): ServiceDelivered {
  return {
    id,
    caseId,
    serviceKey: 'legal-aid',
    deliveredOn: '2026-12-01',
    partnerId: null,
    partnerName: null,
    fundingProjectKey: null,
    referralId: null,
    supersedes: null,
    voided: false,
    note: null,
    recordedBy: null,
    recordedAt: '2026-12-01T09:00:00Z',
    current: true,
    ...over,
  };
}

// Legal aid recorded, then corrected twice; counselling recorded by mistake and voided.
const first = record('s1', { note: 'First wording', current: false });
const second = record('s2', { supersedes: 's1', note: 'Second wording', recordedAt: '2026-12-02T09:00:00Z', current: false });
const latest = record('s3', { supersedes: 's2', deliveredOn: '2026-12-03', note: 'Court hearing prepared', recordedAt: '2026-12-03T09:00:00Z' });
const mistaken = record('c1', { serviceKey: 'counselling', note: 'Wrong case', current: false });
const voiding = record('c2', { serviceKey: 'counselling', supersedes: 'c1', voided: true, note: 'Wrong case', recordedAt: '2026-12-04T09:00:00Z' });

function reply(body: unknown): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
}

function renderSection() {
  const fetch = vi.fn(async (url: string) => {
    if (url.includes('/service-types')) return reply(catalogue);
    if (url.includes(`/api/cases/${caseId}/services?history=true`)) return reply([voiding, mistaken, latest, second, first]);
    if (url.includes(`/api/cases/${caseId}/services`)) return reply([latest]);
    return reply([]);
  });
  vi.stubGlobal('fetch', fetch);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <SessionContext.Provider value={{ me: manager, signOut: async () => undefined }}>
        <ServicesSection caseId={caseId} caseCode="AS-2026-00001" />
      </SessionContext.Provider>
    </QueryClientProvider>,
  );
  return fetch;
}

const historyCalls = (fetch: ReturnType<typeof renderSection>) => fetch.mock.calls.filter(([url]) => String(url).includes('history=true')).length;

describe('the services section', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows what a service record replaced, and the voided records, only when the history is asked for', async () => {
    await i18n.changeLanguage('en');
    const fetch = renderSection();
    await screen.findByText('Court hearing prepared');
    expect(screen.queryByText('First wording')).toBeNull();
    expect(historyCalls(fetch)).toBe(0);

    const toggle = screen.getByRole('button', { name: 'Correction history' });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const replaced = await screen.findByText('Replaced 2 earlier records:');
    const versions = within(replaced.parentElement as HTMLElement).getAllByRole('listitem');
    // Newest first: the record it replaced, then the one before.
    expect(versions.map((v) => v.textContent)).toEqual([expect.stringContaining('Second wording'), expect.stringContaining('First wording')]);
    const voided = screen.getByRole('heading', { name: 'Voided records' }).parentElement as HTMLElement;
    expect(within(voided).getByText(/Counselling/)).toBeTruthy();
    expect(within(voided).getByText('Wrong case')).toBeTruthy();
    expect(historyCalls(fetch)).toBe(1);

    fireEvent.click(toggle);
    expect(screen.queryByText('Second wording')).toBeNull();
  });

  it('reads in Serbian', async () => {
    await i18n.changeLanguage('sr-Latn');
    renderSection();
    fireEvent.click(await screen.findByRole('button', { name: 'Istorija ispravki' }));
    expect(await screen.findByText('Zamenjena 2 ranija zapisa:')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Poništeni zapisi' })).toBeTruthy();
    await i18n.changeLanguage('sr-Cyrl');
    expect(await screen.findByRole('button', { name: 'Историја исправки' })).toBeTruthy();
    await i18n.changeLanguage('en');
  });
});
