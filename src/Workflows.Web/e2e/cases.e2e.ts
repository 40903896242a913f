import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launch, newPage, screenshot, signIn } from './support/browser';

const caseUrl = /\/cases\/([0-9a-f-]{36})$/;

function caseIdOf(page: Page): string {
  const match = caseUrl.exec(new URL(page.url()).pathname);
  if (!match) throw new Error(`not on a case page: ${page.url()}`);
  return match[1];
}

describe('cases', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a case manager their cases and a case with its phase path, open tasks and timeline', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'casemanager@astra.local', '/cases');
    await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('row').count()).toBeGreaterThan(5);
    await expectAccessible(page);
    await screenshot(page, 'case-list');

    // A case with open work: its row's open-task cell is not 0.
    const row = page.getByRole('row').filter({ has: page.getByRole('link') }).filter({ hasNot: page.getByRole('cell', { name: '0', exact: true }).nth(0) }).first();
    const link = row.getByRole('link');
    const code = (await link.textContent())!.trim();
    expect(code).toMatch(/^AS-\d{4}-/);
    await link.click();
    await page.getByRole('heading', { level: 1, name: code }).waitFor();

    const path = page.getByRole('list', { name: 'Phase on the assistance path' });
    expect(await path.getByRole('listitem').count()).toBeGreaterThanOrEqual(4);
    expect(await path.locator('[aria-current="step"]').textContent()).toContain('current phase');

    const tasks = page.getByRole('region', { name: 'Open tasks' });
    expect(await tasks.locator('a[href^="/tasks/"]').count()).toBeGreaterThan(0);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    expect(await timeline.locator('.timeline-entry').count()).toBeGreaterThan(0);
    // The readable story, not the engine's steps (those are the coordinators' technical view).
    expect(await timeline.textContent()).toMatch(/Case opened/);
    expect(await timeline.textContent()).not.toMatch(/Workflow started/);
    // The client's identity is not on the page until asked for (a case without one offers to record it).
    await page.getByRole('region', { name: 'Client identity' }).getByRole('button', { name: /^(Reveal client identity|Record identity)$/ }).waitFor();

    await expectAccessible(page);
    await screenshot(page, 'case-page');

    // The phase filter narrows the list.
    await page.getByRole('link', { name: '← All cases' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
    await page.getByRole('combobox', { name: /^Phase/ }).selectOption('reintegration');
    await expect.poll(() => new URL(page.url()).searchParams.get('phase')).toBe('reintegration');
    await context.close();
  });

  it('does not show a case to a case manager who is not on its team', async () => {
    // casemanager@ opens a case: the creator is its only team member.
    const owner = await newPage(browser);
    await signIn(owner.page, 'casemanager@astra.local', '/cases/new');
    await owner.page.getByRole('button', { name: 'Open case' }).click();
    await owner.page.waitForURL(caseUrl);
    const id = caseIdOf(owner.page);
    // The new-case page's heading can still be on screen right after the navigation: wait for the case's own.
    const heading = owner.page.getByRole('heading', { level: 1, name: /^AS-\d{4}-/ });
    await heading.waitFor();
    const code = (await heading.textContent())!.trim();
    expect(code).toMatch(/^AS-\d{4}-/);
    await owner.context.close();

    const other = await newPage(browser);
    await signIn(other.page, 'casemanager2@astra.local');
    // The API itself refuses it (need-to-know answers 404), not just the page.
    expect((await other.page.request.get(`/api/cases/${id}`)).status()).toBe(404);
    await other.page.goto(`/cases/${id}`);
    await other.page.getByRole('heading', { level: 1, name: 'Case not found or not shared with you' }).waitFor();
    expect(await other.page.locator('main').textContent()).not.toContain(code);
    expect(await other.page.getByRole('region', { name: 'Timeline' }).count()).toBe(0);
    await expectAccessible(other.page);
    await screenshot(other.page, 'case-not-shared');

    // Once a coordinator (not only an admin) puts casemanager2@ on the team through the picker, the same address shows the case.
    const coordinator = await newPage(browser);
    await signIn(coordinator.page, 'coordinator@astra.local', `/cases/${id}`);
    await coordinator.page.getByRole('heading', { level: 1, name: code }).waitFor();
    const picker = coordinator.page.getByLabel('Add to the team');
    // The picker is fed by /api/staff: names and roles, no e-mail addresses.
    expect(await picker.textContent()).not.toContain('@astra.local');
    await picker.selectOption({ label: 'Demo Case Manager 2 (Case manager)' });
    await coordinator.page.getByRole('button', { name: 'Add', exact: true }).click();
    await coordinator.page.getByRole('button', { name: 'Remove Demo Case Manager 2 from the team' }).waitFor();
    await expectAccessible(coordinator.page);
    await screenshot(coordinator.page, 'case-team-edited');
    await coordinator.context.close();

    await other.page.reload();
    await other.page.getByRole('heading', { level: 1, name: code }).waitFor();
    await other.context.close();
  });

  it('lets a coordinator open a case with a client identity and reveal it only after confirming', async () => {
    const { context, page } = await newPage(browser);
    const revealRequests: string[] = [];
    page.on('request', (r) => {
      if (/\/api\/cases\/[^/]+\/client\/reveal$/.test(new URL(r.url()).pathname)) revealRequests.push(r.url());
    });
    await signIn(page, 'coordinator@astra.local', '/cases');
    await page.getByRole('link', { name: 'New case' }).click();
    await page.getByRole('heading', { level: 1, name: 'New case' }).waitFor();
    await page.getByLabel("Record the client's identity now").check();

    // Without a name the API refuses; its message stands next to the field and no case is opened.
    await page.getByRole('button', { name: 'Open case' }).click();
    await page.getByText('A client\'s full name is required').waitFor();
    expect(await page.getByLabel('Full name').getAttribute('aria-invalid')).toBe('true');
    expect(new URL(page.url()).pathname).toBe('/cases/new');
    await expectAccessible(page);
    await screenshot(page, 'case-new-errors');

    const name = 'Invented Testperson Zzyzx';
    await page.getByLabel('Full name').fill(name);
    await page.getByLabel('Date of birth').fill('1999-03-14');
    await page.getByLabel('Nationality').fill('Invented');
    await page.getByRole('button', { name: 'Open case' }).click();
    await page.waitForURL(caseUrl);
    expect(page.url()).not.toContain('Zzyzx');
    await page.getByRole('heading', { level: 2, name: 'Client identity' }).waitFor();
    expect(await page.getByText(name).count()).toBe(0);

    await page.getByRole('button', { name: 'Reveal client identity' }).click();
    const dialog = page.getByRole('dialog', { name: "Reveal the client's identity?" });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('audit trail');
    await expectAccessible(page);
    expect(revealRequests).toEqual([]);
    expect(await page.getByText(name).count()).toBe(0);

    await dialog.getByLabel('Why do you need the identity?').fill('Checking the name the client gave');
    await dialog.getByRole('button', { name: 'Reveal and record' }).click();
    await page.getByText(name).waitFor();
    expect(revealRequests).toHaveLength(1);
    await screenshot(page, 'case-client-revealed');

    // Leaving the page forgets it: back on the case, it is hidden again.
    await page.getByRole('link', { name: '← All cases' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
    await page.goBack();
    await page.getByRole('button', { name: 'Reveal client identity' }).waitFor();
    expect(await page.getByText(name).count()).toBe(0);
    expect(revealRequests).toHaveLength(1);
    await context.close();
  });
});
