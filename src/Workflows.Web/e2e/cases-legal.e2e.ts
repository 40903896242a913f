import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectAccessible, launch, newPage, screenshot, signIn } from './support/browser';
import { call, tokenFor } from './support/api';
import { addDays } from '../src/lib/dates';
import { belgradeDay } from '../src/i18n/belgradeTime';

// coordinator@ opens a fresh case through the UI and lawyer@ joins its team through the API, so the test depends on
// no demo story and changes none of the demo's cases, tasks, hearings or deadlines.

const caseUrl = /\/cases\/([0-9a-f-]{36})$/;

/** Puts lawyer@ on the case's team (keeping whoever is on it), as an admin would. */
async function addLawyerToTeam(caseId: string): Promise<void> {
  const admin = await tokenFor('admin@astra.local');
  const users = await call<{ id: string; email: string }[]>('GET', '/api/admin/users', admin);
  const lawyer = users.find((u) => u.email === 'lawyer@astra.local');
  if (!lawyer) throw new Error('lawyer@astra.local is not among the users');
  const detail = await call<{ team: { userId: string }[] }>('GET', `/api/cases/${caseId}`, admin);
  if (detail.team.some((m) => m.userId === lawyer.id)) return;
  const members = [...detail.team.map((m) => m.userId), lawyer.id].map((userId) => ({ userId }));
  await call('PUT', `/api/cases/${caseId}/team`, admin, { members });
}

describe('court proceedings on the case page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets a lawyer register a proceeding, schedule a hearing and add a deadline, and the hearing shows on /legal', async () => {
    const owner = await newPage(browser);
    await signIn(owner.page, 'coordinator@astra.local', '/cases/new');
    await owner.page.getByRole('button', { name: 'Open case' }).click();
    await owner.page.waitForURL(caseUrl);
    const caseId = caseUrl.exec(new URL(owner.page.url()).pathname)![1];
    const heading = owner.page.getByRole('heading', { level: 1, name: /^AS-\d{4}-/ });
    await heading.waitFor();
    const code = (await heading.textContent())!.trim();
    await owner.context.close();

    await addLawyerToTeam(caseId);

    const { context, page } = await newPage(browser);
    await signIn(page, 'lawyer@astra.local', `/cases/${caseId}`);
    await page.getByRole('heading', { level: 1, name: code }).waitFor();
    const section = page.getByRole('region', { name: 'Court proceedings' });
    await section.getByText('No court proceedings.').waitFor();

    await section.getByRole('button', { name: 'Register proceeding', expanded: false }).click();
    const form = section.getByRole('form', { name: 'Register a court proceeding' });
    await form.waitFor();
    // The signed-in lawyer leads by default.
    expect(await form.getByLabel('Lead lawyer').locator('option:checked').textContent()).toContain('Lawyer');

    // Without a court the API refuses; its message stands next to the field and nothing is registered.
    await form.getByRole('button', { name: 'Register proceeding' }).click();
    await form.getByText('A court of at most 200 characters is required.').waitFor();
    expect(await form.getByLabel('Court', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await section.getByText('No court proceedings.').count()).toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'case-register-proceeding');

    const court = 'Viši sud u Beogradu';
    await form.getByLabel('Kind of proceeding').selectOption('criminal');
    await form.getByLabel('Court', { exact: true }).fill(court);
    await form.getByLabel('Court case number').fill('E2E Kž 12/26');
    await form.getByLabel("Client's role").selectOption('injuredParty');
    await form.getByRole('button', { name: 'Register proceeding' }).click();
    await section.getByRole('status').filter({ hasText: `Proceeding registered (${court}).` }).waitFor();
    const proceeding = section.getByRole('article', { name: `${court} E2E Kž 12/26` });
    await proceeding.getByRole('heading', { level: 3, name: new RegExp(court) }).waitFor();
    expect(await form.count()).toBe(0);

    // A hearing about two weeks ahead, in Belgrade time, on a working day: a weekend, public holiday or closure would
    // ask for a confirmation (issue 20). The service's own calendar says which days those are.
    let hearingDay = addDays(belgradeDay(new Date()), 14);
    const offDays = new Set<string>();
    for (const year of new Set([hearingDay.slice(0, 4), addDays(hearingDay, 14).slice(0, 4)])) {
      const calendar = await call<{ holidays: { date: string }[]; closures: { date: string }[] }>('GET', `/api/calendar/holidays?year=${year}`, await tokenFor('admin@astra.local'));
      for (const d of [...calendar.holidays, ...calendar.closures]) offDays.add(d.date);
    }
    while ([0, 6].includes(new Date(`${hearingDay}T12:00:00Z`).getUTCDay()) || offDays.has(hearingDay)) hearingDay = addDays(hearingDay, 1);
    await proceeding.getByRole('button', { name: `Schedule hearing – ${court}` }).click();
    await proceeding.getByLabel('Date and time').fill(`${hearingDay}T10:30`);
    await proceeding.getByLabel('Kind of hearing').selectOption('mainTrial');
    await proceeding.getByLabel('Courtroom').fill('E2E 21');
    await proceeding.getByRole('button', { name: 'Schedule hearing', exact: true }).click();
    await proceeding.getByRole('status').filter({ hasText: 'Hearing scheduled for' }).waitFor();
    const hearingRow = proceeding.getByRole('row').filter({ hasText: 'E2E 21' });
    await hearingRow.waitFor();
    expect(await hearingRow.textContent()).toContain('Main trial');

    await proceeding.getByRole('button', { name: `Add legal deadline – ${court}` }).click();
    const kind = proceeding.getByLabel('Kind of deadline');
    await kind.locator('option[value="criminal-appeal"]').waitFor({ state: 'attached' });
    await kind.selectOption('criminal-appeal');
    await proceeding.getByRole('button', { name: 'Add deadline', exact: true }).click();
    // The API computes the last day; the page says which it is.
    await proceeding.getByRole('status').filter({ hasText: /Deadline added\. Last day: .+\./ }).waitFor();
    // Named as the kinds catalogue names it, the same on every page.
    await proceeding.getByRole('row').filter({ hasText: 'Criminal appeal' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'case-proceeding-added');

    await page.goto('/legal');
    await page.getByRole('heading', { name: 'Hearings and legal deadlines' }).waitFor();
    const agendaRow = page.getByTestId('agenda-hearing').filter({ hasText: code });
    await agendaRow.first().waitFor();
    expect(await agendaRow.count()).toBe(1);
    expect(await agendaRow.textContent()).toContain(court);
    await context.close();
  });
});
