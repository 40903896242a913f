import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import i18n from '../../i18n';
import { ApiError } from '../../api/client';
import { SessionContext } from '../../auth/SessionContext';
import type { Me } from '../../auth/types';
import { casesApi, type CaseDetail } from './api';
import { CasePage } from './CasePage';

const me: Me = { id: 'u1', email: 'casemanager@astra.local', displayName: 'Case Manager', roles: ['CaseManager'] };
const id = '0190a1b2-0000-7000-8000-000000000001';

function renderCase(path = `/cases/${id}`, user: Me = me) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <SessionContext.Provider value={{ me: user, signOut: async () => undefined }}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/cases/:id" element={<CasePage />} />
          </Routes>
        </MemoryRouter>
      </SessionContext.Provider>
    </QueryClientProvider>,
  );
}

const detail: CaseDetail = {
  id,
  code: 'AS-2026-0042',
  phase: 'recovery',
  openedAt: '2026-03-01T09:00:00Z',
  instances: [{ id: 'i1', definitionId: 'recovery-support-plan', version: 1, status: 'Waiting', createdAt: '2026-03-01T09:00:00Z', name: 'Recovery support plan' }],
  team: [{ userId: 'u1', displayName: 'Case Manager', roles: ['CaseManager'] }],
  openTasks: [{ id: 't1', title: 'Needs assessment', taskType: 'needs-assessment', role: 'CaseManager', assigneeId: null, status: 'open', dueAt: '2026-03-02T09:00:00Z', escalationLevel: 0 }],
  proceedings: [
    {
      id: 'p1',
      court: 'Viši sud u Beogradu',
      kind: 'criminal',
      courtCaseNumber: 'K 1/26',
      status: 'open',
      hearings: [],
      deadlines: [{ id: 'd1', kind: 'criminal-appeal', dueOn: '2026-03-10', hard: true, status: 'open' }],
    },
  ],
  timeline: [{ at: '2026-03-01T09:00:00Z', instanceId: 'i1', definitionId: 'recovery-support-plan', kind: 'InstanceStarted', activityId: null, activityType: null, actor: 'system', outcome: null, workflowName: 'Recovery support plan', activityName: null }],
  story: [
    { at: '2026-03-01T10:00:00Z', key: 'story.taskCompleted', args: { title: 'Risk assessment', outcome: 'Done', answers: 'Risk: high' }, actorId: 'u2', actorName: 'Ana' },
    { at: '2026-03-01T09:30:00Z', key: 'story.phaseChanged', args: { phase: 'recovery' }, actorId: null, actorName: null },
  ],
};

describe('the case page', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('en');
  });
  afterEach(() => vi.restoreAllMocks());

  it.each([404, 403])('says "not found or not shared" for a %i and shows no case data', async (status) => {
    vi.spyOn(casesApi, 'phases').mockResolvedValue({ phases: ['identification', 'emergency', 'recovery', 'reintegration', 'closure'] });
    vi.spyOn(casesApi, 'detail').mockRejectedValue(new ApiError(status, 'Not Found'));
    renderCase();
    expect(await screen.findByRole('heading', { level: 1, name: 'Case not found or not shared with you' })).toBeTruthy();
    expect(screen.queryByText('AS-2026-0042')).toBeNull();
  });

  it('does not ask the API about an id that is not a case id', async () => {
    const get = vi.spyOn(casesApi, 'detail');
    vi.spyOn(casesApi, 'phases').mockResolvedValue({ phases: [] });
    renderCase('/cases/not-an-id');
    expect(await screen.findByRole('heading', { level: 1, name: 'Case not found or not shared with you' })).toBeTruthy();
    expect(get).not.toHaveBeenCalled();
  });

  it('shows the code, the phase in words, open tasks, hard deadlines and the timeline, and not the identity', async () => {
    vi.spyOn(casesApi, 'phases').mockResolvedValue({ phases: ['identification', 'emergency', 'recovery', 'reintegration', 'closure'] });
    vi.spyOn(casesApi, 'detail').mockResolvedValue(detail);
    const reveal = vi.spyOn(casesApi, 'revealClient');
    renderCase();
    expect(await screen.findByRole('heading', { level: 1, name: 'AS-2026-0042' })).toBeTruthy();
    const current = document.querySelector('[aria-current="step"]');
    expect(current?.textContent).toContain('Recovery');
    expect(current?.textContent).toContain('current phase');
    expect(screen.getByRole('link', { name: 'Needs assessment' }).getAttribute('href')).toBe('/tasks/t1');
    expect(screen.getByRole('link', { name: 'Recovery support plan' }).getAttribute('href')).toBe('/designer/instances/i1');
    expect(screen.getByText(/Hard deadline/)).toBeTruthy();
    expect(screen.getByText('Risk assessment completed')).toBeTruthy();
    expect(screen.getByText('(Risk: high)')).toBeTruthy();
    expect(screen.getByText('by Ana')).toBeTruthy();
    expect(screen.getByText('Case moved to Recovery')).toBeTruthy();
    // Engine steps are the technical view, offered to coordinators only.
    expect(screen.queryByText('Workflow started')).toBeNull();
    expect(screen.queryByRole('checkbox', { name: /Technical view/ })).toBeNull();
    expect(reveal).not.toHaveBeenCalled();
  });

  it('lets a coordinator switch to the technical view with the engine steps', async () => {
    vi.spyOn(casesApi, 'phases').mockResolvedValue({ phases: ['identification', 'emergency', 'recovery', 'reintegration', 'closure'] });
    vi.spyOn(casesApi, 'detail').mockResolvedValue(detail);
    renderCase(undefined, { ...me, roles: ['Coordinator'] });
    const toggle = await screen.findByRole('checkbox', { name: /Technical view/ });
    expect(screen.queryByText('Workflow started')).toBeNull();
    toggle.click();
    expect(await screen.findByText('Workflow started')).toBeTruthy();
    expect(screen.queryByText('Case moved to Recovery')).toBeNull();
  });
});
