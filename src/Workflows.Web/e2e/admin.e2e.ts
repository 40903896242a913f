import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launch, newPage, screenshot, signIn } from './support/browser';
import { belgradeDay } from '../src/i18n/belgradeTime';

// One admin session walks through every admin page; the database is private to the run, so names need no cleanup.

async function openSection(page: Page, name: string, heading: string) {
  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

describe('administration', () => {
  let browser: Browser;
  let page: Page;
  const stamp = Date.now().toString(36);
  const email = `e2e-${stamp}@astra.local`;
  const name = `Test Lawyer ${stamp}`;
  // A weekday-agnostic date well in the future: next year, so it is never in the past whatever today is.
  const closureDate = `${Number(belgradeDay(Date.now()).slice(0, 4)) + 1}-06-17`;

  beforeAll(async () => {
    browser = await launch();
    ({ page } = await newPage(browser));
    await signIn(page, 'admin@astra.local', '/admin');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('creates a user, showing the password rule next to the field, and gives them the Lawyer role', async () => {
    await page.getByRole('heading', { level: 1, name: 'Users and roles' }).waitFor();
    await page.locator('tr[data-user="admin@astra.local"]').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'admin-users');

    const form = page.getByRole('form', { name: 'New user' });
    await form.getByLabel('E-mail').fill(email);
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Initial password').fill('short-pw');
    await form.getByRole('button', { name: 'Create user' }).click();

    const passwordError = page.locator('#new-user-password-error');
    await passwordError.waitFor();
    expect(await passwordError.textContent()).toMatch(/12 characters/);
    const password = form.getByLabel('Initial password');
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    expect(await password.getAttribute('aria-describedby')).toContain('new-user-password-error');
    expect(await page.locator(`tr[data-user="${email}"]`).count()).toBe(0);
    await expectAccessible(page);

    await password.fill('a-long-enough-passphrase');
    await form.getByRole('button', { name: 'Create user' }).click();
    await page.getByText(`${name} was created.`).waitFor();
    const row = page.locator(`tr[data-user="${email}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('No roles');

    await row.getByRole('button', { name: `Change roles — ${name}` }).click();
    const editor = page.getByRole('form', { name: `Roles of ${name}` });
    await editor.getByLabel('Lawyer').check();
    await editor.getByText('Adds: Lawyer.').waitFor();
    await expectAccessible(page);
    await editor.getByRole('button', { name: 'Save roles' }).click();
    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => row.locator('td').nth(1).textContent()).toBe('Lawyer');
  });

  it('disables and enables the new user after asking', async () => {
    const row = page.locator(`tr[data-user="${email}"]`);
    await row.getByRole('button', { name: `Disable — ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Disable ${name}?` });
    await dialog.waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Disable account' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => row.textContent()).toContain('Disabled');
    await row.getByRole('button', { name: `Enable — ${name}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Enable account' }).click();
    await expect.poll(() => row.textContent()).toContain('Active');
  });

  it('adds a closure on a future date, lists it on that very day, and deletes it', async () => {
    await openSection(page, 'Organisation closures', 'Organisation closures');
    await page.getByRole('table', { name: 'Public holidays' }).waitFor();

    await page.getByLabel('Date', { exact: true }).fill(closureDate);
    await page.getByLabel('Reason').fill('Team retreat');
    await page.getByRole('button', { name: 'Add closure' }).click();
    const row = page.locator(`tr[data-date="${closureDate}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Team retreat');
    // The day as sent, not shifted: 17 June, whatever the browser's zone.
    expect(await row.locator('time').getAttribute('datetime')).toBe(closureDate);
    expect(await row.textContent()).toContain('17 June');
    await expectAccessible(page);
    await screenshot(page, 'admin-closures');

    // The same day again is refused by the API, and the message is shown.
    await page.getByLabel('Date', { exact: true }).fill(closureDate);
    await page.getByLabel('Reason').fill('Twice');
    await page.getByRole('button', { name: 'Add closure' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('already a closure');

    await row.getByRole('button', { name: /^Delete/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete closure' }).click();
    await row.waitFor({ state: 'detached' });
    await page.getByText('No closures in this year.').waitFor();
  });

  it('shows legal deadline kinds and the API refusal of an invalid edit next to the field', async () => {
    await openSection(page, 'Legal deadline kinds', 'Legal deadline kinds');
    const first = page.getByRole('table', { name: 'Legal deadline kinds' }).locator('tbody tr').first();
    await first.waitFor();
    await expectAccessible(page);
    await first.getByRole('button', { name: /^Edit/ }).click();
    await page.getByLabel('Calendar days').fill('0');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('#kind-days-error').waitFor();
    expect(await page.locator('#kind-days-error').textContent()).toContain('Between 1 and 366');
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('adds a deadline kind named in English and Serbian Latin, which a Cyrillic reader sees transliterated', async () => {
    // Keys sort the table: "zz-" keeps the new kind last, so the row the previous test edits stays first.
    const key = `zz-e2e-${stamp}`;
    await page.getByRole('button', { name: 'Add a deadline kind' }).click();
    const form = page.getByRole('form', { name: 'New deadline kind' });
    await form.getByLabel('Key').fill(key);
    await form.getByLabel('Name in English').fill(`Extended appeal ${stamp}`);
    await form.getByLabel('Name in Serbian (Latin)').fill('Produžena žalba');
    await form.getByText('Left empty, it reads: Продужена жалба').waitFor();
    await form.getByLabel('Calendar days').fill('20');
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByText(`"Extended appeal ${stamp}" was saved.`).waitFor();

    // Another session switches to Cyrillic without saving it (the demo admin's settings stay as they are): the names
    // come with the list, so the table changes script without asking the server again.
    const cyrillic = await newPage(browser);
    await signIn(cyrillic.page, 'admin@astra.local', '/admin/deadline-kinds');
    await cyrillic.page.route('**/api/me/preferences', (route) => route.fulfill({ status: 204 }));
    await cyrillic.page.getByLabel('Language', { exact: true }).selectOption('sr-Cyrl');
    await cyrillic.page.getByRole('button', { name: 'Одјава' }).waitFor();
    const row = cyrillic.page.locator('tbody tr', { hasText: key });
    await row.getByRole('rowheader', { name: 'Продужена жалба', exact: true }).waitFor();
    expect(await row.getByRole('rowheader').textContent()).toBe('Продужена жалба');
    await cyrillic.context.close();
  });

  it('lists the outbox with a status filter', async () => {
    await openSection(page, 'E-mail outbox', 'E-mail outbox');
    await page.locator('table, p.muted:has-text("No messages")').first().waitFor();
    await expectAccessible(page);
    await screenshot(page, 'admin-outbox');
    await page.getByLabel('Show').selectOption('dead');
    expect(new URL(page.url()).search).toBe('?status=dead');
    await page.locator('table, p.muted:has-text("No messages")').first().waitFor();
    await expectAccessible(page);
  });

  it('searches the audit trail by user and verifies the chain', async () => {
    await openSection(page, 'Audit trail', 'Audit trail');
    // Opening the page read the log, which is itself recorded: searching for the admin finds that read.
    await page.getByText(/Entries on this page/).waitFor();
    await page.getByRole('combobox', { name: /^User/ }).selectOption({ label: 'Demo Admin (admin@astra.local)' });
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const results = page.getByRole('table', { name: 'Audit entries' });
    // Actions read in words, their stored name beside them.
    await results.locator('td', { hasText: 'Audit trail read' }).first().waitFor();
    expect(await results.locator('tbody tr').first().textContent()).toContain('Demo Admin');

    await page.getByLabel('Case (code or ID)').fill('X'.repeat(40));
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.locator('#audit-case-error').waitFor();
    await page.getByLabel('Case (code or ID)').fill('');

    await page.getByRole('button', { name: 'Verify chain' }).click();
    await page.getByText(/The chain is intact: [\d,. ]+ entries checked/).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'admin-audit');
  });

  it('tells a case manager they have no access', async () => {
    const { context, page: other } = await newPage(browser);
    await signIn(other, 'casemanager@astra.local', '/admin');
    await other.getByText('No access: only administrators can open these pages.').waitFor();
    expect(await other.getByRole('navigation', { name: 'Administration' }).count()).toBe(0);
    await expectAccessible(other);
    await context.close();
  });
});
