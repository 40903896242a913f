import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from '../../i18n';
import { ApiError } from '../../api/client';
import { SessionContext } from '../../auth/SessionContext';
import type { Me } from '../../auth/types';
import { referralsApi, type Partner, type Referral } from './api';
import { ReferralsSection } from './ReferralsSection';

const caseId = '0190a1b2-0000-7000-8000-000000000001';
const caseManager: Me = { id: 'm1', email: 'casemanager@astra.local', displayName: 'Case Manager', roles: ['CaseManager'] };
const clinic: Partner = {
  id: '0190a1b2-0000-7000-8000-0000000000c1',
  name: 'Clinic',
  kind: 'clinic',
  city: 'Beograd',
  services: ['hiv-hepatitis-testing'],
  email: 'c@partners.demo.invalid',
  phone: null,
  languages: ['sr-Latn'],
  answersOnline: true,
  active: true,
  demo: true,
};
const sent: Referral = {
  id: '0190a1b2-0000-7000-8000-0000000000r1',
  caseId,
  caseCode: 'AS-2026-00001',
  direction: 'outgoing',
  partnerId: clinic.id,
  partnerName: clinic.name,
  partnerKind: 'clinic',
  services: ['hiv-hepatitis-testing'],
  reason: 'Testing',
  urgency: 'urgent',
  interpreterLanguage: null,
  contactUserId: null,
  status: 'sent',
  createdAt: '2026-12-07T10:00:00Z',
  respondBy: '2026-12-09T10:00:00Z',
  sharingBasis: 'override',
  consentPurpose: 'sharing-health',
  answeredAt: null,
  answeredVia: null,
  appointmentAt: null,
  declineReason: null,
  answerNote: null,
  completedAt: null,
  outcome: null,
  servedOn: null,
  receivedOn: null,
  hasLink: true,
  instanceId: null,
  notSentReason: null,
};

function renderSection(me: Me) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <SessionContext.Provider value={{ me, signOut: async () => undefined }}>
        <ReferralsSection caseId={caseId} caseCode="AS-2026-00001" />
      </SessionContext.Provider>
    </QueryClientProvider>,
  );
}

describe('the referrals section', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('en');
  });
  afterEach(() => vi.restoreAllMocks());

  it('names the missing consent from the 409 and sends with the override reason only when asked', async () => {
    vi.spyOn(referralsApi, 'partners').mockResolvedValue([clinic]);
    vi.spyOn(referralsApi, 'serviceTypes').mockResolvedValue([
      { key: 'hiv-hepatitis-testing', labelEn: 'HIV testing', labelSrLatn: 'HIV test', labelSrCyrl: 'ХИВ тест', active: true },
    ]);
    const list = vi.spyOn(referralsApi, 'ofCase').mockResolvedValue([]);
    const send = vi
      .spyOn(referralsApi, 'send')
      .mockRejectedValueOnce(new ApiError(409, 'No consent', "No consent for purpose 'sharing-health'.", {}, { purpose: 'sharing-health' }))
      .mockResolvedValueOnce(sent);
    renderSection(caseManager);

    expect(await screen.findByText('No referrals yet.')).toBeTruthy();
    const form = screen.getByRole('form', { name: 'Refer to a partner', hidden: true });
    const partner = within(form).getByLabelText('Partner');
    await waitFor(() => expect((partner as HTMLSelectElement).options.length).toBe(2));
    fireEvent.change(partner, { target: { value: clinic.id } });
    fireEvent.click(within(form).getByLabelText('HIV testing'));
    fireEvent.change(within(form).getByLabelText('Reason'), { target: { value: 'Testing' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Send referral', hidden: true }));

    const alert = await within(form).findByRole('alert', { hidden: true });
    expect(alert.textContent).toContain('sharing with health services');
    expect(alert.textContent).toContain("No consent for purpose 'sharing-health'.");
    expect(send.mock.calls[0][1].overrideReason).toBeNull();

    fireEvent.click(within(form).getByRole('button', { name: 'Send without consent', hidden: true }));
    const submit = within(form).getByRole('button', { name: 'Send without consent', hidden: true });
    expect((submit as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(within(form).getByLabelText(/Why without consent/), { target: { value: 'Child at risk' } });
    list.mockResolvedValue([sent]);
    fireEvent.click(submit);
    await waitFor(() => expect(send).toHaveBeenCalledTimes(2));
    expect(send.mock.calls[1]).toEqual([
      caseId,
      expect.objectContaining({ partnerId: clinic.id, services: ['hiv-hepatitis-testing'], reason: 'Testing', overrideReason: 'Child at risk', respondWithin: { workingDays: 2 } }),
    ]);
    expect(await screen.findByText('Referral to Clinic sent.')).toBeTruthy();
    expect(await screen.findByText('Sent without consent (override)')).toBeTruthy();
  });

  it('offers a director no forms or actions', async () => {
    vi.spyOn(referralsApi, 'serviceTypes').mockResolvedValue([]);
    vi.spyOn(referralsApi, 'ofCase').mockResolvedValue([sent]);
    renderSection({ id: 'd', email: 'director@astra.local', displayName: 'Director', roles: ['Director'] });
    expect(await screen.findByText('Sent')).toBeTruthy();
    expect(screen.queryByText('Refer to a partner')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Withdraw' })).toBeNull();
  });
});
