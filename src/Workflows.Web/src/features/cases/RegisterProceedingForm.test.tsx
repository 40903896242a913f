import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from '../../i18n';
import { ApiError } from '../../api/client';
import { SessionContext } from '../../auth/SessionContext';
import type { Me } from '../../auth/types';
import { legalFormsApi } from './legalApi';
import { RegisterProceedingForm } from './RegisterProceedingForm';

const team = [
  { userId: 'c1', displayName: 'Demo Coordinator', roles: ['Coordinator'] },
  { userId: 'l1', displayName: 'Demo Lawyer', roles: ['Lawyer'] },
  { userId: 'l2', displayName: 'Demo Lawyer 2', roles: ['Lawyer'] },
];

function renderForm(me: Me, onSaved = vi.fn()) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <SessionContext.Provider value={{ me, signOut: async () => undefined }}>
        <RegisterProceedingForm caseId="case-1" team={team} onSaved={onSaved} />
      </SessionContext.Provider>
    </QueryClientProvider>,
  );
  return onSaved;
}

const lawyer: Me = { id: 'l1', email: 'lawyer@astra.local', displayName: 'Demo Lawyer', roles: ['Lawyer'] };

describe('registering a proceeding', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('en');
  });
  afterEach(() => vi.restoreAllMocks());

  it('leads with the signed-in lawyer and offers only the other lawyers besides', () => {
    renderForm(lawyer);
    expect((screen.getByLabelText('Lead lawyer') as HTMLSelectElement).value).toBe('l1');
    expect(screen.getByRole('checkbox', { name: 'Demo Lawyer 2' })).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: 'Demo Lawyer' })).toBeNull();
    expect(screen.queryByRole('option', { name: 'Demo Coordinator' })).toBeNull();
  });

  it("puts the API's field error next to the court and saves nothing", async () => {
    const create = vi
      .spyOn(legalFormsApi, 'createProceeding')
      .mockRejectedValue(new ApiError(400, 'One or more validation errors occurred.', undefined, { court: ['A court of at most 200 characters is required.'] }));
    const onSaved = renderForm(lawyer);
    fireEvent.click(screen.getByRole('button', { name: 'Register proceeding' }));
    await screen.findByText('A court of at most 200 characters is required.');
    expect(screen.getByLabelText('Court').getAttribute('aria-invalid')).toBe('true');
    expect(create).toHaveBeenCalledWith('case-1', expect.objectContaining({ court: null, leadLawyerId: 'l1', kind: 'criminal' }));
    expect(onSaved).not.toHaveBeenCalled();
  });

  it("shows a refusal in the API's own words", async () => {
    vi.spyOn(legalFormsApi, 'createProceeding').mockRejectedValue(new ApiError(403, 'Forbidden', 'Only lawyers register proceedings.'));
    renderForm({ id: 'd1', email: 'director@astra.local', displayName: 'Director', roles: ['Director'] });
    expect((screen.getByLabelText('Lead lawyer') as HTMLSelectElement).value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Register proceeding' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Only lawyers register proceedings.');
  });
});
