import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectAccessible, launch, newPage, screenshot, signIn } from './support/browser';

// Consumes one demo task: the fresh hotline contact's "Screen hotline contact" (screen-contact, assigned to
// casemanager@, DemoStories.FreshHotlineContactAsync; the contact itself is logged in the hotline's contact log, so
// the triage starts at the screening). This test releases, claims and completes it, which opens that case's "Give
// information and advice" (give-information, CaseManager role, unassigned), which it claims from the list. Both tasks
// belong to the one fresh hotline case; no other story uses it.
describe('task queues and the task page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a case manager the queues with counts, marks overdue work, validates and completes a task, and the workflow moves on', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'casemanager@astra.local', '/tasks');

    // The queue: tabs with counts, Mine selected, the seeded tasks listed.
    const mine = page.getByRole('tab', { name: /^Mine/ });
    await mine.waitFor();
    expect(await mine.getAttribute('aria-selected')).toBe('true');
    for (const queue of ['mine', 'available', 'overdue', 'dueSoon']) {
      await expect.poll(() => page.getByTestId(`count-${queue}`).textContent()).toMatch(/\d/);
    }
    expect(await page.getByRole('tab', { name: /^All/ }).count()).toBe(0);
    const mineCount = Number((await page.getByTestId('count-mine').textContent())?.replace(/\D/g, ''));
    expect(mineCount).toBeGreaterThanOrEqual(3);

    const panel = page.getByRole('tabpanel');
    const record = panel.getByRole('row').filter({ hasText: 'Screen hotline contact' });
    await record.waitFor();
    expect(await panel.getByRole('row').count()).toBe(mineCount + 1);

    // The needs assessment was moved two days past due: marked by colour (row class) and in words.
    const overdue = panel.getByRole('row').filter({ hasText: 'Needs assessment' }).first();
    expect(await overdue.getAttribute('class')).toContain('overdue');
    expect(await overdue.textContent()).toContain('Overdue');
    expect(await record.textContent()).not.toContain('Overdue');
    expect(await record.textContent()).toContain('You');

    await expectAccessible(page);
    await screenshot(page, 'tasks-queue');

    // Open the hotline contact's screening task.
    const title = (await record.getByRole('link').first().textContent()) ?? '';
    const code = /\(([^)]+)\)/.exec(title)?.[1] ?? '';
    expect(code).toMatch(/^AS-\d{4}-\d+/);
    await record.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await page.getByRole('link', { name: code }).getAttribute('href')).toMatch(/^\/cases\/[0-9a-f-]{36}$/);
    const form = page.getByRole('form', { name: 'Complete the task' });
    await form.waitFor();
    await expectAccessible(page);
    await screenshot(page, 'task-page');

    // Submitting without the required priority: the message sits by the field, tied to it, and nothing is sent.
    const taskUrl = page.url();
    await form.getByRole('button', { name: 'Done' }).click();
    const priority = form.getByLabel(/Priority/);
    await expect.poll(() => priority.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await priority.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain('This field is required.');
    expect(page.url()).toBe(taskUrl);

    // Released on its page it is nobody's; claimed again it is the user's.
    await page.getByRole('button', { name: 'Release' }).click();
    await page.getByRole('button', { name: 'Claim' }).waitFor();
    expect(await page.locator('.task-facts').textContent()).toContain('Unassigned');
    await page.getByRole('button', { name: 'Claim' }).click();
    await page.getByRole('button', { name: 'Release' }).waitFor();

    // The session ends while the screening form is filled in: after signing in again in the dialog, the input is
    // still there and the task completes (no trafficking indicators, so the contact goes on to "give information").
    const screeningForm = page.getByRole('form', { name: 'Complete the task' });
    await screeningForm.getByLabel(/Priority/).selectOption('low');
    await screeningForm.getByLabel('Foreign national').check();
    const authCookies = (await context.cookies()).filter((c) => c.name.includes('Identity'));
    expect(authCookies.length).toBeGreaterThan(0);
    for (const cookie of authCookies) await context.clearCookies({ name: cookie.name });
    await screeningForm.getByRole('button', { name: 'Done' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your session has ended' });
    await dialog.waitFor();
    await dialog.getByLabel('Password').fill(inject('demoPassword'));
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await screeningForm.getByLabel(/Priority/).inputValue()).toBe('low');
    expect(await screeningForm.getByLabel('Foreign national').isChecked()).toBe(true);
    await screeningForm.getByRole('button', { name: 'Done' }).click();
    await page.waitForURL((url) => url.pathname === '/tasks');
    await expect.poll(() => page.getByText(`Task completed: ${title}`).count()).toBe(1);

    // The workflow moved on: giving information to the same contact waits in Available for any case manager;
    // claimed from the list it leaves Available for Mine.
    await page.getByRole('tab', { name: /^Available/ }).click();
    const inform = page.getByRole('tabpanel').getByRole('row').filter({ hasText: `Give information and advice (${code})` });
    await inform.waitFor();
    expect(await inform.textContent()).toContain('Unassigned');
    await inform.getByRole('button', { name: /Claim/ }).click();
    await expect.poll(() => inform.count()).toBe(0);
    await page.getByRole('tab', { name: /^Mine/ }).click();
    const claimed = page.getByRole('tabpanel').getByRole('row').filter({ hasText: `Give information and advice (${code})` });
    await claimed.waitFor();
    expect(await claimed.textContent()).toContain('You');

    // The completed task reads back with its outcome and answers.
    await page.goto(taskUrl);
    await page.getByRole('heading', { name: 'Completed' }).waitFor();
    const result = page.getByRole('region', { name: 'Completed' });
    expect(await result.textContent()).toContain('Done');
    expect(await result.textContent()).toContain('low');
    expect(await page.getByRole('button', { name: 'Done' }).count()).toBe(0);

    await context.close();
  });

  it('gives a coordinator the all queue, narrowed by case code and priority', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'coordinator@astra.local', '/tasks?queue=all');
    const all = page.getByRole('tab', { name: /^All/ });
    await all.waitFor();
    expect(await all.getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.getByTestId('count-all').textContent()).toMatch(/\d/);
    const rows = page.getByRole('tabpanel').getByRole('row').filter({ has: page.getByRole('link') });
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(5);

    // Keyboard: the arrow keys move between the queue tabs.
    await all.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => page.getByRole('tab', { name: /^Mine/ }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('End');
    await expect.poll(() => all.getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('task-tab-all');

    // The first cell is the bulk-selection box; the case code has a cell of its own.
    const codeCell = rows.first().getByRole('cell').filter({ hasText: /^\s*AS-\d{4}-\d+\s*$/ }).first();
    const code = (await codeCell.textContent())?.trim() ?? '';
    expect(code).toMatch(/^AS-\d{4}-\d+$/);
    await page.getByLabel('Case code').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(async () => (await rows.allTextContents()).every((text) => text.includes(code))).toBe(true);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Priority').selectOption('high');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(async () => {
      const texts = await rows.allTextContents();
      return texts.length > 0 && texts.every((text) => text.includes('High'));
    }).toBe(true);

    await page.getByLabel('Case code').fill('AS-1999-9999');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('No case with this code is shared with you.').waitFor();
    await context.close();
  });

  it('says clearly when a task does not exist or is not shared', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'lawyer@astra.local', '/tasks/00000000-0000-0000-0000-000000000000');
    await page.getByRole('heading', { name: 'Task not available' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('not shared with you');
    await context.close();
  });
});
