import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from '../../i18n';
import { ApiError } from '../../api/client';
import { SessionContext } from '../../auth/SessionContext';
import type { Me } from '../../auth/types';
import { casesApi } from './api';
import { ClientReveal } from './ClientReveal';

const coordinator: Me = { id: 'u1', email: 'coordinator@astra.local', displayName: 'Coordinator', roles: ['Coordinator'] };
const lawyer: Me = { id: 'u2', email: 'lawyer@astra.local', displayName: 'Lawyer', roles: ['Lawyer'] };
const identity = { fullName: 'Invented Person', dateOfBirth: '1990-04-02', nationality: 'Invented', documents: [{ type: 'passport', number: 'X123' }], contacts: null, address: null };

function renderAs(me: Me) {
  return render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <SessionContext.Provider value={{ me, signOut: async () => undefined }}>
        <ClientReveal caseId="0190a1b2-0000-7000-8000-000000000001" code="AS-2026-0001" />
      </SessionContext.Provider>
    </QueryClientProvider>,
  );
}

const reason = 'Preparing the hearing';

/** Confirms the reveal with a reason, as the dialog requires. */
function confirmWithReason() {
  fireEvent.change(screen.getByLabelText('Why do you need the identity?'), { target: { value: reason } });
  fireEvent.click(screen.getByRole('button', { name: 'Reveal and record' }));
}

describe('revealing a client identity', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('en');
  });
  afterEach(() => vi.restoreAllMocks());
  beforeEach(() => {
    vi.spyOn(casesApi, 'clientStatus').mockResolvedValue({ caseId: 'c', recorded: true, updatedAt: '2026-12-01T10:00:00Z' });
  });

  it('fetches nothing until the user confirms, then shows the identity and hides it again', async () => {
    const reveal = vi.spyOn(casesApi, 'revealClient').mockResolvedValue({ caseId: 'c', caseCode: 'AS-2026-0001', client: identity });
    renderAs(coordinator);
    expect(screen.queryByText('Invented Person')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Reveal client identity' }));
    expect(screen.getByText(/recorded in the audit trail/)).toBeTruthy();
    expect(reveal).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Reveal and record' }));
    expect(await screen.findByText('Say why you need the identity.')).toBeTruthy();
    expect(reveal).not.toHaveBeenCalled();
    confirmWithReason();
    expect(reveal).toHaveBeenCalledWith('0190a1b2-0000-7000-8000-000000000001', reason);
    expect(await screen.findByText('Invented Person')).toBeTruthy();
    expect(screen.getByText('X123')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Hide identity' }));
    expect(screen.queryByText('Invented Person')).toBeNull();
  });

  it('fetches nothing when the user cancels', () => {
    const reveal = vi.spyOn(casesApi, 'revealClient');
    renderAs(coordinator);
    fireEvent.click(screen.getByRole('button', { name: 'Reveal client identity' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByText(/recorded in the audit trail/)).toBeNull();
    expect(reveal).not.toHaveBeenCalled();
  });

  it('starts hidden again on a new visit and asks the server again (nothing cached)', async () => {
    const reveal = vi.spyOn(casesApi, 'revealClient').mockResolvedValue({ caseId: 'c', caseCode: 'AS-2026-0001', client: identity });
    const first = renderAs(coordinator);
    fireEvent.click(screen.getByRole('button', { name: 'Reveal client identity' }));
    confirmWithReason();
    await screen.findByText('Invented Person');
    first.unmount();

    renderAs(coordinator);
    expect(screen.queryByText('Invented Person')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Reveal client identity' }));
    confirmWithReason();
    await screen.findByText('Invented Person');
    expect(reveal).toHaveBeenCalledTimes(2);
  });

  it('explains a refusal by the server', async () => {
    vi.spyOn(casesApi, 'revealClient').mockRejectedValue(new ApiError(403, 'Forbidden'));
    renderAs(coordinator);
    fireEvent.click(screen.getByRole('button', { name: 'Reveal client identity' }));
    confirmWithReason();
    expect(await screen.findByText('Your role may not see client identities.')).toBeTruthy();
  });

  it('says an anonymous case has no identity', async () => {
    vi.spyOn(casesApi, 'revealClient').mockRejectedValue(new ApiError(404, 'Not Found'));
    renderAs(coordinator);
    fireEvent.click(screen.getByRole('button', { name: 'Reveal client identity' }));
    confirmWithReason();
    expect(await screen.findByText(/No client identity is recorded/)).toBeTruthy();
  });

  it('offers no reveal to a role the API refuses', () => {
    const reveal = vi.spyOn(casesApi, 'revealClient');
    renderAs(lawyer);
    expect(screen.queryByRole('button', { name: 'Reveal client identity' })).toBeNull();
    expect(screen.getByText('Your role may not see client identities.')).toBeTruthy();
    expect(reveal).not.toHaveBeenCalled();
  });

  it('offers to record an identity on a case opened without one, and sends it sealed by the server', async () => {
    vi.spyOn(casesApi, 'clientStatus').mockResolvedValue({ caseId: 'c', recorded: false, updatedAt: null });
    const record = vi.spyOn(casesApi, 'recordClient').mockResolvedValue({ caseId: 'c', caseCode: 'AS-2026-0001', change: 'recorded' });
    renderAs(coordinator);
    fireEvent.click(await screen.findByRole('button', { name: 'Record identity' }));
    fireEvent.change(screen.getByLabelText(/Full name/), { target: { value: 'Invented Later' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save identity' }));
    expect(await screen.findByText(/recorded and sealed/)).toBeTruthy();
    expect(record).toHaveBeenCalledWith('0190a1b2-0000-7000-8000-000000000001', expect.objectContaining({ fullName: 'Invented Later' }));
  });
});
