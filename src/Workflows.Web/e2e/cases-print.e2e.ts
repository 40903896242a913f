import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectAccessible, launch, newPage, screenshot, signIn } from './support/browser';
import { call, tokenFor } from './support/api';

// Issue 18.10. Two cases of the test's own: one with casemanager2@ and casemanager@ on its team and an invented client
// identity, one with casemanager@ only. A coordinator narrows the case list by team member; casemanager@ prints the
// first one's summary. No demo story is changed.

const clientName = 'Invented Printperson Qwyx';

async function createFixture(): Promise<{ shared: { id: string; code: string }; other: { id: string; code: string } }> {
  const coordinator = await tokenFor('coordinator@astra.local');
  const cm = (await call<{ id: string }>('GET', '/api/me', await tokenFor('casemanager@astra.local'))).id;
  const cm2 = (await call<{ id: string }>('GET', '/api/me', await tokenFor('casemanager2@astra.local'))).id;
  const shared = await call<{ id: string; code: string }>('POST', '/api/cases', coordinator, {
    client: { fullName: clientName, dateOfBirth: '1998-02-11', nationality: 'Invented' },
  });
  await call('PUT', `/api/cases/${shared.id}/team`, coordinator, { members: [{ userId: cm }, { userId: cm2 }] });
  const other = await call<{ id: string; code: string }>('POST', '/api/cases', coordinator, {});
  await call('PUT', `/api/cases/${other.id}/team`, coordinator, { members: [{ userId: cm }] });
  return { shared, other };
}

describe('case list filters and the printed summary', () => {
  let browser: Browser;
  let fixture: Awaited<ReturnType<typeof createFixture>>;
  beforeAll(async () => {
    browser = await launch();
    fixture = await createFixture();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets a coordinator narrow the case list by team member and by open overdue tasks', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'coordinator@astra.local', '/cases');
    const form = page.getByRole('search', { name: 'Filter cases' });
    await form.getByLabel('Team member').selectOption({ label: 'Demo Case Manager 2' });
    await page.waitForURL(/member=/);
    await page.getByRole('link', { name: fixture.shared.code }).waitFor();
    expect(await page.getByRole('link', { name: fixture.other.code }).count()).toBe(0);

    // The box follows the URL, so it shows checked once the navigation lands: click, then wait for the URL.
    await form.getByLabel('Only with overdue tasks').click();
    await page.waitForURL(/overdue=1/);
    // Neither new case has an overdue task.
    await expect.poll(async () => page.getByRole('link', { name: fixture.shared.code }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'cases-filtered');
    await context.close();
  });

  it('prints a case summary marked confidential, without the identity unless revealed in that view', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'casemanager@astra.local', `/cases/${fixture.shared.id}`);
    await page.getByRole('heading', { level: 1, name: fixture.shared.code }).waitFor();
    await page.getByRole('link', { name: 'Print summary' }).click();
    await page.waitForURL(`**/cases/${fixture.shared.id}/print`);
    await page.getByRole('heading', { level: 1, name: `Case summary ${fixture.shared.code}` }).waitFor();
    expect(await page.getByText(/^CONFIDENTIAL/).count()).toBe(2);
    expect(await page.getByText('Demo Case Manager 2').count()).toBe(1);
    expect(await page.getByText(clientName).count()).toBe(0);
    await expectAccessible(page);

    // As printed: no navigation or buttons, the confidential mark stays.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.top-bar').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await page.getByText(/^CONFIDENTIAL/).first().isVisible()).toBe(true);
    await screenshot(page, 'case-print');
    await page.emulateMedia({ media: 'screen' });

    // Revealed in this view (the same audited reveal), the identity is printed too.
    await page.getByRole('button', { name: 'Reveal client identity' }).click();
    const dialog = page.getByRole('dialog', { name: "Reveal the client's identity?" });
    await dialog.getByLabel('Why do you need the identity?').fill('Printing the summary for the court file');
    await dialog.getByRole('button', { name: 'Reveal and record' }).click();
    await page.getByText(clientName).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByText(clientName).isVisible()).toBe(true);
    await context.close();
  });
});
