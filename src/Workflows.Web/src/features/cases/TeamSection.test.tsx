import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from '../../i18n';
import { SessionContext } from '../../auth/SessionContext';
import type { Me } from '../../auth/types';
import { casesApi, type CaseTeamMember } from './api';
import { TeamSection } from './TeamSection';

const caseId = '0190a1b2-0000-7000-8000-000000000001';
const team: CaseTeamMember[] = [{ userId: 'u1', displayName: 'Case Manager', roles: ['CaseManager'] }];
const coordinator: Me = { id: 'c1', email: 'coordinator@astra.local', displayName: 'Coordinator', roles: ['Coordinator'] };

function renderTeam(me: Me) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <SessionContext.Provider value={{ me, signOut: async () => undefined }}>
        <TeamSection caseId={caseId} team={team} />
      </SessionContext.Provider>
    </QueryClientProvider>,
  );
}

describe('the team section', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('en');
  });
  afterEach(() => vi.restoreAllMocks());

  it('lets a coordinator add someone from the staff list who is not on the team yet', async () => {
    vi.spyOn(casesApi, 'staff').mockResolvedValue([
      { id: 'u1', displayName: 'Case Manager', roles: ['CaseManager'] },
      { id: 'u2', displayName: 'Case Manager Two', roles: ['CaseManager'] },
    ]);
    const put = vi.spyOn(casesApi, 'putTeam').mockResolvedValue({ caseId, members: [] });
    renderTeam(coordinator);

    const picker = await screen.findByLabelText('Add to the team');
    const options = Array.from((picker as HTMLSelectElement).options).map((o) => o.value);
    expect(options).toEqual(['', 'u2']);
    fireEvent.change(picker, { target: { value: 'u2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(put).toHaveBeenCalledWith(caseId, ['u1', 'u2']));
  });

  it.each([
    ['a case manager', ['CaseManager']],
    ['a director', ['Director']],
  ])('shows %s no picker and does not ask for the staff list', async (_, roles) => {
    const staff = vi.spyOn(casesApi, 'staff');
    renderTeam({ id: 'x', email: 'x@astra.local', displayName: 'X', roles });
    expect(await screen.findByText('Case Manager')).toBeTruthy();
    expect(screen.queryByLabelText('Add to the team')).toBeNull();
    expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
    expect(staff).not.toHaveBeenCalled();
  });
});
