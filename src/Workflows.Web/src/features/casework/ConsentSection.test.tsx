import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from '../../i18n';
import { SessionContext } from '../../auth/SessionContext';
import type { Me } from '../../auth/types';
import { caseworkApi, type Consents } from './api';
import { ConsentSection } from './ConsentSection';

const caseId = '0190a1b2-0000-7000-8000-000000000001';
const caseManager: Me = { id: 'm1', email: 'casemanager@astra.local', displayName: 'Case Manager', roles: ['CaseManager'] };
const lawyer: Me = { id: 'l1', email: 'lawyer@astra.local', displayName: 'Lawyer', roles: ['Lawyer'] };
const consents: Consents = {
  caseId,
  current: [
    { purpose: 'services', given: true, since: '2026-12-01T09:00:00Z' },
    { purpose: 'sharing-police', given: false, since: null },
  ],
  history: [{ id: 1, purpose: 'services', kind: 'given', effectiveAt: '2026-12-01T09:00:00Z', note: null, recordedBy: 'm1', recordedAt: '2026-12-01T09:05:00Z', recordedByName: 'Ana Demo' }],
  overrides: [{ at: '2026-12-02T20:00:00Z', purpose: 'sharing-police', reason: 'imminent-danger: Threatened', by: 'm1', byName: 'Ana Demo' }],
};

function renderAs(me: Me) {
  return render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <SessionContext.Provider value={{ me, signOut: async () => undefined }}>
        <ConsentSection caseId={caseId} caseCode="AS-2026-0001" />
      </SessionContext.Provider>
    </QueryClientProvider>,
  );
}

describe('the consent section', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('en');
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows consent per purpose, who recorded each change, and the overrides with their reasons', async () => {
    vi.spyOn(caseworkApi, 'consents').mockResolvedValue(consents);
    renderAs(caseManager);
    const region = await screen.findByRole('region', { name: 'Consent' });
    expect(await within(region).findByText(/services: given, by Ana Demo/)).toBeTruthy();
    expect(within(region).getByText(/imminent-danger: Threatened, by Ana Demo/)).toBeTruthy();
    // Only a standing consent can be withdrawn.
    expect(within(region).getByRole('button', { name: 'Record withdrawal: services' })).toBeTruthy();
    expect(within(region).queryByRole('button', { name: 'Record withdrawal: sharing with the police' })).toBeNull();
  });

  it('records an override with its ground and reason', async () => {
    vi.spyOn(caseworkApi, 'consents').mockResolvedValue(consents);
    const override = vi.spyOn(caseworkApi, 'override').mockResolvedValue({ allowed: true, basis: 'override' });
    renderAs(caseManager);
    fireEvent.click(await screen.findByRole('button', { name: 'Share without consent' }));
    const form = screen.getByRole('form', { name: 'Share without consent' });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Ground' }), { target: { value: 'child' } });
    fireEvent.change(within(form).getByLabelText('Reason'), { target: { value: 'She is 15' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record override' }));
    await waitFor(() => expect(override).toHaveBeenCalledWith(caseId, 'sharing-police', 'child', 'She is 15'));
    expect(await screen.findByText('Override recorded.')).toBeTruthy();
  });

  it('offers no changes to a role that may only read', async () => {
    vi.spyOn(caseworkApi, 'consents').mockResolvedValue(consents);
    renderAs(lawyer);
    await screen.findByText(/services: given, by Ana Demo/);
    expect(screen.queryByRole('button', { name: /Record consent/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Share without consent' })).toBeNull();
  });
});
