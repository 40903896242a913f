import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, expectAccessible, launch, newPage, screenshot, signIn } from './support/browser';
import { call, tokenFor } from './support/api';
import { addDays, monthOf } from '../src/lib/dates';
import { belgradeDay, belgradeLocalToIso } from '../src/i18n/belgradeTime';

// The test makes its own case, proceeding, hearing and hard deadline through the API (coordinator@ creates the
// case, so lawyer2@ is not on its team), so it depends on no demo story and changes none of the demo's hearings.

interface Fixture {
  caseId: string;
  caseCode: string;
  court: string;
  hearingId: string;
  hearingDay: string;
  rescheduleId: string;
  deadlineDue: string;
}

async function createFixture(): Promise<Fixture> {
  const coordinator = await tokenFor('coordinator@astra.local');
  const lawyer = await tokenFor('lawyer@astra.local');
  const me = await call<{ id: string }>('GET', '/api/me', lawyer);
  const created = await call<{ id: string; code: string }>('POST', '/api/cases', coordinator, {});
  const court = 'Osnovni sud u Pančevu';
  const proceeding = await call<{ id: string }>('POST', `/api/cases/${created.id}/proceedings`, coordinator, {
    kind: 'criminal',
    court,
    courtCaseNumber: 'E2E K 9/26',
    clientRole: 'injuredParty',
    leadLawyerId: me.id,
    lawyerIds: [],
  });
  const today = belgradeDay(Date.now());
  const hearingDay = addDays(today, 9);
  const hearing = await call<{ id: string }>('POST', `/api/proceedings/${proceeding.id}/hearings`, coordinator, {
    startsAt: belgradeLocalToIso(`${hearingDay}T10:15`)!,
    kind: 'mainTrial',
    room: 'E2E 7',
    notes: null,
    // Days relative to today can fall on a weekend or holiday; this fixture is not about that.
    confirmNonWorkingDay: true,
  });
  const second = await call<{ id: string }>('POST', `/api/proceedings/${proceeding.id}/hearings`, coordinator, {
    startsAt: belgradeLocalToIso(`${addDays(today, 12)}T13:00`)!,
    kind: 'preliminary',
    room: 'E2E 8',
    notes: 'Kept across a reschedule',
    confirmNonWorkingDay: true,
  });
  const deadline = await call<{ dueOn: string; hard: boolean }>('POST', `/api/proceedings/${proceeding.id}/deadlines`, coordinator, {
    kind: 'criminal-appeal',
    servedOn: today,
  });
  expect(deadline.hard).toBe(true);
  return { caseId: created.id, caseCode: created.code, court, hearingId: hearing.id, hearingDay, rescheduleId: second.id, deadlineDue: deadline.dueOn };
}

const row = (page: Page, testId: string, text: string) => page.getByTestId(testId).filter({ hasText: text });

describe('hearings and legal deadlines', () => {
  let browser: Browser;
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await createFixture();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a lawyer their hearing and hard deadline in the list and the month calendar, and copies the feed URL', async () => {
    const { context, page } = await newPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    await signIn(page, 'lawyer@astra.local');
    expect(new URL(page.url()).pathname).toBe('/legal');
    await page.getByRole('heading', { name: 'Hearings and legal deadlines' }).waitFor();

    const hearingRow = row(page, 'agenda-hearing', fixture.caseCode);
    await hearingRow.first().waitFor();
    expect(await hearingRow.count()).toBe(2);
    expect(await hearingRow.first().textContent()).toContain(fixture.court);
    expect(await hearingRow.first().textContent()).toContain('Main trial');
    expect(await hearingRow.first().getByRole('link', { name: fixture.caseCode }).getAttribute('href')).toBe(`/cases/${fixture.caseId}`);
    const deadlineRow = row(page, 'agenda-deadline', fixture.caseCode);
    expect(await deadlineRow.textContent()).toContain('Hard deadline');

    await expectAccessible(page);
    await screenshot(page, 'legal-list');

    await page.getByRole('button', { name: 'Copy' }).click();
    await page.getByText('Copied to the clipboard').waitFor();
    const url = await page.getByLabel(/Feed address/).inputValue();
    expect(url).toMatch(/\/calendar\/[A-Za-z0-9_-]+\.ics$/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

    await page.getByRole('button', { name: 'Month calendar' }).click();
    await page.waitForURL(/view=calendar/);
    const month = monthOf(fixture.hearingDay);
    if (!page.url().includes(`month=${month}`)) await page.getByRole('button', { name: 'Next month' }).click();
    await page.waitForURL(new RegExp(`month=${month}`));
    const cell = page.locator(`td[data-day="${fixture.hearingDay}"]`);
    await cell.getByTestId('calendar-hearing').filter({ hasText: fixture.caseCode }).waitFor();
    expect(await page.locator('td[aria-current="date"]').count()).toBeLessThanOrEqual(1);

    await expectAccessible(page);
    await screenshot(page, 'legal-calendar');

    // The due day may be in the next month; the hard mark shows in the calendar as text, not only colour.
    const dueMonth = monthOf(fixture.deadlineDue);
    if (dueMonth !== month) await page.getByRole('button', { name: 'Next month' }).click();
    const due = page.locator(`td[data-day="${fixture.deadlineDue}"]`).getByTestId('calendar-deadline').filter({ hasText: fixture.caseCode });
    expect(await due.textContent()).toContain('Hard');

    // Back to the hearing's month via the URL (a reload keeps the view) and open its detail.
    await page.goto(`/legal?view=calendar&month=${month}`);
    await cell.getByTestId('calendar-hearing').filter({ hasText: fixture.caseCode }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(fixture.court).waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await context.close();
  });

  it('reschedules a hearing: a bad time is explained next to the field, a good one is saved with its history', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'lawyer@astra.local', '/legal');
    const target = row(page, 'agenda-hearing', fixture.caseCode).filter({ hasText: 'Preliminary hearing' });
    await target.getByRole('button').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Reschedule' }).click();
    const when = dialog.getByLabel('New date and time');
    await when.fill('');
    await dialog.getByRole('button', { name: 'Save the new time' }).click();
    await dialog.getByText(/ISO 8601 date and time with an offset is required/).waitFor();
    expect(await when.getAttribute('aria-invalid')).toBe('true');

    // A Sunday, so the API asks for a confirmation and the dialog offers it (issue 20).
    let newDay = addDays(belgradeDay(Date.now()), 13);
    while (new Date(`${newDay}T12:00:00Z`).getUTCDay() !== 0) newDay = addDays(newDay, 1);
    await when.fill(`${newDay}T09:00`);
    await dialog.getByRole('button', { name: 'Save the new time' }).click();
    await dialog.getByText(/not a working day/).waitFor();
    expect(await when.getAttribute('aria-invalid')).toBe('true');
    await dialog.getByLabel('Schedule on a non-working day anyway').check();
    await dialog.getByRole('button', { name: 'Save the new time' }).click();
    await dialog.getByRole('listitem').filter({ hasText: 'Rescheduled' }).waitFor();
    expect(await dialog.getByRole('listitem').count()).toBe(2);
    await expectAccessible(page);
    await screenshot(page, 'legal-rescheduled');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await row(page, 'agenda-hearing', fixture.caseCode).filter({ hasText: 'Rescheduled or changed' }).waitFor();
    await context.close();
  });

  it('does not show the hearing to lawyer2, who is not on the case team', async () => {
    const lawyer2 = await tokenFor('lawyer2@astra.local');
    const seen = await call<{ id: string }[]>('GET', '/api/hearings', lawyer2);
    expect(seen.map((h) => h.id)).not.toContain(fixture.hearingId);

    const { context, page } = await newPage(browser);
    await signIn(page, 'lawyer2@astra.local', '/legal');
    await page.getByRole('heading', { name: 'Hearings and legal deadlines' }).waitFor();
    await page.getByRole('heading', { name: 'Upcoming' }).waitFor();
    expect(await page.getByText(fixture.caseCode).count()).toBe(0);
    await page.goto(`/legal?view=calendar&month=${monthOf(fixture.hearingDay)}`);
    await page.getByRole('table').first().waitFor();
    expect(await page.getByText(fixture.caseCode).count()).toBe(0);
    await context.close();
  });
});
