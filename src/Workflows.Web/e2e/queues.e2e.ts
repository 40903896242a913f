import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launch, newPage, screenshot, signIn } from './support/browser';
import { call, tokenFor } from './support/api';

// Issue 18.9, as a coordinator manages people's work. The test opens two cases of its own (team: coordinator@ and
// casemanager2@) and starts foreign-nationals on each, giving two unassigned "Book an interpreter" tasks. It assigns
// both to casemanager2@ in one go, finds them by holder, releases them in one go (so they end unassigned, as they
// began) and saves, applies and deletes a queue view. No demo story is changed.

interface Fixture {
  codes: string[];
  titles: string[];
}

async function createFixture(): Promise<Fixture> {
  const coordinator = await tokenFor('coordinator@astra.local');
  const coordinatorId = (await call<{ id: string }>('GET', '/api/me', coordinator)).id;
  const caseManager2Id = (await call<{ id: string }>('GET', '/api/me', await tokenFor('casemanager2@astra.local'))).id;
  const codes: string[] = [];
  for (let i = 0; i < 2; i++) {
    const created = await call<{ id: string; code: string }>('POST', '/api/cases', coordinator, {});
    await call('PUT', `/api/cases/${created.id}/team`, coordinator, { members: [{ userId: coordinatorId }, { userId: caseManager2Id }] });
    await call('POST', '/api/instances', coordinator, { definitionId: 'foreign-nationals', caseId: created.id, input: null });
    await expect
      .poll(async () => (await call<{ openTasks: unknown[] }>('GET', `/api/cases/${created.id}`, coordinator)).openTasks.length, { timeout: 15_000 })
      .toBeGreaterThan(0);
    codes.push(created.code);
  }
  return { codes, titles: codes.map((code) => `Book an interpreter (${code})`) };
}

function row(page: Page, title: string) {
  return page.getByRole('tabpanel').getByRole('row').filter({ has: page.getByRole('link', { name: title }) });
}

describe('queues for people who manage people', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets a coordinator filter by type label, assign and release selected tasks with a result per task, see who holds them, and keep a saved view', { timeout: 120_000 }, async () => {
    const fixture = await createFixture();
    const { context, page } = await newPage(browser);
    await signIn(page, 'coordinator@astra.local', '/tasks?queue=all');
    await page.getByRole('tab', { name: /^All/, selected: true }).waitFor();

    // The type filter is a list of labels, not a key to type.
    const filters = page.getByRole('form', { name: 'Filter tasks' });
    const type = filters.getByLabel('Task type');
    await expect.poll(async () => type.locator('option').allTextContents()).toContain('Interpreter');
    await type.selectOption({ label: 'Interpreter' });
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    for (const title of fixture.titles) await row(page, title).waitFor();

    // Select both and assign them to casemanager2@ at once; the answer lists each task.
    for (const [i, title] of fixture.titles.entries()) await row(page, title).getByRole('checkbox', { name: `Select ${title} ${fixture.codes[i]}` }).check();
    const bulk = page.getByRole('group', { name: 'Selected tasks' });
    await bulk.getByText('2 selected').waitFor();
    await bulk.getByLabel('Assign to').selectOption({ label: 'Demo Case Manager 2' });
    await bulk.getByRole('button', { name: 'Assign selected' }).click();
    const results = page.locator('.bulk-results');
    await results.getByText('2 of 2 tasks done.').waitFor();
    for (const title of fixture.titles) expect(await results.getByText(`${title}: done`).count()).toBe(1);

    // The All queue names the holder instead of "Someone else", and filters by holder.
    for (const title of fixture.titles) await expect.poll(async () => row(page, title).locator('[data-assignee]').textContent()).toBe('Demo Case Manager 2');
    await filters.getByLabel('Held by').selectOption({ label: 'Demo Case Manager 2' });
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(async () => page.getByRole('tabpanel').locator('[data-assignee]').allTextContents()).not.toContain('Unassigned');
    for (const title of fixture.titles) await row(page, title).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'queues-all-by-holder');

    // Save this view for the coordinators; the saved list offers it and applying it restores the filters.
    const viewName = `Interpreters ${fixture.codes[0]}`;
    await page.getByRole('button', { name: 'Save this view' }).click();
    const save = page.getByRole('form', { name: 'Save this view' });
    await save.getByLabel('Name of the view').fill(viewName);
    await save.getByLabel('Share with').selectOption({ label: 'Coordinator' });
    await save.getByRole('button', { name: 'Save view' }).click();
    await expect.poll(async () => page.getByLabel('Saved view').locator('option:checked').textContent()).toBe(viewName);
    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Saved view').selectOption({ label: '— none —' });
    await page.getByLabel('Saved view').selectOption({ label: viewName });
    await expect.poll(async () => filters.getByLabel('Held by').locator('option:checked').textContent()).toBe('Demo Case Manager 2');
    expect(await type.locator('option:checked').textContent()).toBe('Interpreter');

    // Release both in one go: they end unassigned, as they began.
    for (const [i, title] of fixture.titles.entries()) await row(page, title).getByRole('checkbox', { name: `Select ${title} ${fixture.codes[i]}` }).check();
    await bulk.getByRole('button', { name: 'Release selected' }).click();
    await results.getByText('2 of 2 tasks done.').waitFor();
    await page.getByRole('button', { name: 'Delete view' }).click();
    await expect.poll(async () => page.getByLabel('Saved view').locator('option').allTextContents()).not.toContain(viewName);
    await context.close();
    const coordinator = await tokenFor('coordinator@astra.local');
    const views = await call<{ name: string }[]>('GET', '/api/task-views', coordinator);
    expect(views.map((v) => v.name)).not.toContain(viewName);
  });

  it('keeps the queue usable at 390 px', { timeout: 60_000 }, async () => {
    const { context, page } = await newPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'coordinator@astra.local', '/tasks?queue=all');
    await page.getByRole('tab', { name: /^All/, selected: true }).waitFor();
    // On a phone the filters fold away behind a button; opened, they fit the screen too.
    await page.getByRole('button', { name: /^Filters/, expanded: false }).click();
    await page.getByRole('form', { name: 'Filter tasks' }).getByLabel('Held by').waitFor();
    await page.getByRole('tabpanel').getByRole('row').nth(1).waitFor();
    // The page itself does not scroll sideways; only the table's panel may.
    const wide = await page.evaluate(() =>
      Array.from(document.querySelectorAll('body *'))
        .filter((e) => e.getBoundingClientRect().right > 392 && !e.closest('.task-panel table'))
        .map((e) => `${e.tagName}.${e.className}:${Math.round(e.getBoundingClientRect().right)}`)
        .slice(0, 12),
    );
    expect(wide, 'elements wider than the screen').toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByLabel('Saved view').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'queues-390');
    await context.close();
  });
});
