import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectAccessible, launch, newPage, screenshot, signIn } from './support/browser';
import { call, tokenFor } from './support/api';

// The test makes its own case (coordinator@ creates it, the team is coordinator@ and casemanager2@) and starts
// foreign-nationals on it, whose first activity is "Book an interpreter" for the CaseManager role, unassigned. It
// depends on no demo story and changes none; the task passes through casemanager2@'s Mine (which no other test counts)
// and ends unassigned, in the case managers' Available queue under its own case code.

interface Fixture {
  taskId: string;
  title: string;
}

async function createFixture(): Promise<Fixture> {
  const coordinator = await tokenFor('coordinator@astra.local');
  const coordinatorId = (await call<{ id: string }>('GET', '/api/me', coordinator)).id;
  const caseManager2Id = (await call<{ id: string }>('GET', '/api/me', await tokenFor('casemanager2@astra.local'))).id;
  const created = await call<{ id: string; code: string }>('POST', '/api/cases', coordinator, {});
  await call('PUT', `/api/cases/${created.id}/team`, coordinator, { members: [{ userId: coordinatorId }, { userId: caseManager2Id }] });
  await call('POST', '/api/instances', coordinator, { definitionId: 'foreign-nationals', caseId: created.id, input: null });
  const title = `Book an interpreter (${created.code})`;
  // The engine may create the task just after the start returns.
  let taskId = '';
  await expect
    .poll(async () => {
      const detail = await call<{ openTasks: { id: string; title: string; assigneeId: string | null }[] }>('GET', `/api/cases/${created.id}`, coordinator);
      taskId = detail.openTasks.find((t) => t.title === title && !t.assigneeId)?.id ?? '';
      return taskId;
    }, { timeout: 15_000 })
    .not.toBe('');
  return { taskId, title };
}

describe('assigning a task', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets a coordinator assign an open task to a case team member, who then finds it under Mine', async () => {
    const fixture = await createFixture();
    const { context, page } = await newPage(browser);
    await signIn(page, 'coordinator@astra.local', `/tasks/${fixture.taskId}`);
    await page.getByRole('heading', { level: 1, name: fixture.title }).waitFor();
    const facts = page.locator('.task-facts');
    expect(await facts.textContent()).toContain('Unassigned');

    // The case managers on the team come first; the coordinator is listed apart as another team member.
    const select = page.getByLabel('Assign to');
    await select.waitFor();
    const groups = await select.locator('optgroup').evaluateAll((nodes) =>
      nodes.map((n) => ({ label: n.getAttribute('label'), options: Array.from(n.querySelectorAll('option'), (o) => o.textContent) })),
    );
    expect(groups[0]).toEqual({ label: 'Team members who are Case manager', options: ['Demo Case Manager 2'] });
    expect(groups[1]?.label).toBe('Other team members');
    expect(groups[1]?.options.length).toBe(1);
    expect(await page.getByRole('button', { name: 'Unassign' }).count()).toBe(0);
    await expectAccessible(page);

    await select.selectOption({ label: 'Demo Case Manager 2' });
    await page.getByRole('button', { name: 'Assign', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'The task has been assigned.' }).waitFor();
    await expect.poll(() => facts.textContent()).toContain('Demo Case Manager 2');
    expect(await select.locator('option', { hasText: '(current)' }).textContent()).toBe('Demo Case Manager 2 (current)');
    await page.getByRole('button', { name: 'Unassign' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'task-assign');
    await context.close();

    // casemanager2@ finds it under Mine, held by them.
    const cm2 = await newPage(browser);
    await signIn(cm2.page, 'casemanager2@astra.local', '/tasks');
    const mine = cm2.page.getByRole('tab', { name: /^Mine/ });
    await mine.waitFor();
    expect(await mine.getAttribute('aria-selected')).toBe('true');
    const row = cm2.page.getByRole('tabpanel').getByRole('row').filter({ has: cm2.page.getByRole('link', { name: fixture.title }) });
    await row.waitFor();
    expect(await row.textContent()).toContain('You');
    // Case managers do not get the control; the API would refuse them.
    await row.getByRole('link', { name: fixture.title }).click();
    await cm2.page.getByRole('heading', { level: 1, name: fixture.title }).waitFor();
    expect(await cm2.page.getByLabel('Assign to').count()).toBe(0);
    await cm2.context.close();

    // Unassigned again, it goes back to the case managers' queue.
    const again = await newPage(browser);
    await signIn(again.page, 'coordinator@astra.local', `/tasks/${fixture.taskId}`);
    await again.page.getByRole('button', { name: 'Unassign' }).click();
    await again.page.getByRole('status').filter({ hasText: 'The task has been unassigned' }).waitFor();
    await expect.poll(() => again.page.locator('.task-facts').textContent()).toContain('Unassigned');
    expect(await again.page.getByRole('button', { name: 'Unassign' }).count()).toBe(0);
    await again.context.close();
  });
});
