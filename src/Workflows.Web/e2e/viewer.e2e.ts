import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launch, newPage, screenshot, signIn } from './support/browser';

// React Flow's own pan/zoom surface is a third-party widget; our panels, nodes' text and controls are still checked.
const flowInternals = ['.react-flow__pane', '.react-flow__renderer'];

interface InstanceSummary {
  id: string;
  status: string;
}

interface Activities {
  activities: { state: string }[];
}

/** A write through the API as the signed-in user, with the antiforgery header the host wants on writes. */
async function send(page: Page, method: 'PUT' | 'POST', path: string, body: unknown): Promise<unknown> {
  const { headerName, token } = (await (await page.request.get('/api/auth/antiforgery')).json()) as { headerName: string; token: string };
  const response = await page.request.fetch(path, { method, data: body, headers: { [headerName]: token } });
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return response.json();
}

/** Saves and publishes a small definition and starts an instance of it; returns the instance id. */
async function startOwnInstance(page: Page, definition: E2eDefinition): Promise<string> {
  await send(page, 'PUT', `/api/definitions/${definition.definitionId}`, definition);
  await send(page, 'POST', `/api/definitions/${definition.definitionId}/publish`, {});
  const started = (await send(page, 'POST', '/api/instances', { definitionId: definition.definitionId, input: {} })) as { id: string };
  return started.id;
}

interface E2eDefinition {
  definitionId: string;
  activities: { id: string; type: string; name?: string; inputs?: Record<string, unknown>; designer?: { x: number; y: number } }[];
  connections: { from: string; to: string; outcome?: string }[];
  [key: string]: unknown;
}

const waitsForReview: E2eDefinition = {
  schemaVersion: 1,
  definitionId: 'e2e-viewer-waits',
  name: 'E2E viewer: waits for a review',
  activities: [
    { id: 'start', type: 'flow.start', name: 'Start', designer: { x: 40, y: 80 } },
    { id: 'note', type: 'log.note', name: 'Note the start', inputs: { text: 'Started' }, designer: { x: 280, y: 80 } },
    { id: 'review', type: 'task.human', name: 'Review', inputs: { taskType: 'e2e-review', title: 'Review', role: 'Coordinator', due: 'P2D' }, designer: { x: 520, y: 80 } },
    { id: 'end', type: 'flow.end', name: 'End', designer: { x: 760, y: 80 } },
  ],
  connections: [
    { from: 'start', to: 'note' },
    { from: 'note', to: 'review' },
    { from: 'review', to: 'end' },
  ],
};

const scriptThrows: E2eDefinition = {
  schemaVersion: 1,
  definitionId: 'e2e-viewer-faults',
  name: 'E2E viewer: a script that throws',
  variables: [{ name: 'x', type: 'json' }],
  activities: [
    { id: 'start', type: 'flow.start', name: 'Start', designer: { x: 40, y: 80 } },
    { id: 'compute', type: 'vars.set', name: 'Compute', inputs: { name: 'x', value: { js: "(() => { throw new Error('e2e: the script failed'); })()" } }, designer: { x: 280, y: 80 } },
    { id: 'end', type: 'flow.end', name: 'End', designer: { x: 520, y: 80 } },
  ],
  connections: [
    { from: 'start', to: 'compute' },
    { from: 'compute', to: 'end' },
  ],
};

/**
 * A running instance with at least one done and one waiting activity: a demo one if the host seeded demo cases
 * (GET /api/instances, and the instances behind open tasks), else one started here from a small definition.
 */
async function findRunningInstance(page: Page): Promise<string> {
  const listed = (await (await page.request.get('/api/instances')).json()) as InstanceSummary[];
  const tasks = (await (await page.request.get('/api/tasks?queue=all')).json()) as { items: { instanceId: string }[] };
  const candidates = [
    ...listed.filter((i) => i.status !== 'Completed' && i.status !== 'Cancelled').map((i) => i.id),
    ...tasks.items.map((t) => t.instanceId),
  ];
  for (const id of [...new Set(candidates)]) {
    const response = await page.request.get(`/api/instances/${id}/activities`);
    if (!response.ok()) continue;
    const states = ((await response.json()) as Activities).activities.map((a) => a.state);
    if (states.includes('done') && states.includes('waiting')) return id;
  }
  return startOwnInstance(page, waitsForReview);
}

describe('workflow viewer', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('simulates hotline triage: first task with role and due date, then steps through', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'coordinator@astra.local', '/designer/hotline-triage/simulate');
    await page.getByText('Simulation — nothing is saved, no e-mail is sent.').waitFor();
    await page.getByLabel('Profile preset').selectOption('high-priority');
    await page.getByLabel('Start (Belgrade time)').fill('2026-02-12T15:00');
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();

    const firstTask = page.locator('tbody tr', { hasText: 'Task created' }).first();
    await expect.poll(() => firstTask.textContent()).toContain('Screen the contact');
    const text = (await firstTask.textContent()) ?? '';
    expect(text).toContain('Case manager');
    expect(text).toMatch(/Thu, 12 Feb 2026, 19:00/); // PT4H after 15:00 Belgrade
    expect(await page.getByText(/Final status:/).textContent()).toBeTruthy();

    const status = page.locator('.viewer-step-status');
    expect(await status.textContent()).toContain('Step 1 of');
    await page.getByRole('button', { name: 'Next step' }).click();
    expect(await status.textContent()).toContain('Step 2 of');
    // The arrow keys step too while focus is on the controls.
    await page.getByRole('button', { name: 'Next step' }).press('ArrowRight');
    expect(await status.textContent()).toContain('Step 3 of');
    await page.getByRole('button', { name: 'Previous step' }).click();
    expect(await status.textContent()).toContain('Step 2 of');
    expect(await page.locator('.viewer-node-highlighted').count()).toBe(1);

    await expectAccessible(page, flowInternals);
    await screenshot(page, 'simulation');

    // Screening completed late: its escalation (notify the coordinator at the deadline) shows as a step.
    await page.locator('.viewer-choice', { hasText: 'Screen the contact' }).getByLabel('When').selectOption('late');
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await page.locator('tbody tr', { hasText: 'Escalation' }).first().waitFor();
    expect(await page.locator('tbody tr', { hasText: 'Escalation' }).first().textContent()).toContain('Screen the contact');
    await context.close();
  });

  it('shows the versions of a definition and a diff between the published version and a draft', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'coordinator@astra.local', '/designer/hotline-triage/versions');
    // A shipped definition has its imported version.
    const rows = page.locator('section[aria-labelledby="versions-list-title"] tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    expect(await rows.first().textContent()).toMatch(/v1.*Published/);

    // Version 1 published, version 2 a draft with a changed task, an added note and a node moved.
    const published: E2eDefinition = { ...waitsForReview, definitionId: 'e2e-viewer-versions', name: 'E2E viewer: versions' };
    await send(page, 'PUT', `/api/definitions/${published.definitionId}`, published);
    await send(page, 'POST', `/api/definitions/${published.definitionId}/publish`, {});
    const draft = structuredClone(published);
    draft.activities[1].designer = { x: 300, y: 160 };
    draft.activities[2].inputs = { ...draft.activities[2].inputs, role: 'CaseManager', due: 'P3D' };
    draft.activities.push({ id: 'thanks', type: 'log.note', name: 'Note the review', inputs: { text: 'Reviewed' }, designer: { x: 760, y: 200 } });
    draft.connections = [...draft.connections.filter((c) => c.from !== 'review'), { from: 'review', to: 'thanks' }, { from: 'thanks', to: 'end' }];
    await send(page, 'PUT', `/api/definitions/${published.definitionId}`, draft);

    await page.goto(`/designer/${published.definitionId}/versions`);
    await page.getByText('Changes from v1 to v2').waitFor();
    await page.getByText('Inputs changed: due, role').waitFor();
    await page.getByText('Nodes only moved (1)').waitFor();
    expect(await page.getByRole('heading', { name: 'Activities added and removed' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Connections added and removed' }).count()).toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'versions-diff');
    await context.close();
  });

  it('shows a running demo instance with done and waiting activities', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'coordinator@astra.local');
    const id = await findRunningInstance(page);
    await page.goto(`/designer/instances/${id}`);
    await page.getByRole('heading', { name: /Instance of/ }).waitFor();
    await page.locator('.viewer-node').first().waitFor();
    expect(await page.locator('.viewer-node', { hasText: 'Done' }).count()).toBeGreaterThan(0);
    expect(await page.locator('.viewer-node', { hasText: 'Waiting' }).count()).toBeGreaterThan(0);
    // A waiting activity is selected first and says what it waits for.
    await expect.poll(() => page.locator('aside').textContent()).toMatch(/Waits for/);
    await page.getByRole('heading', { name: 'Journal', exact: true }).waitFor();
    await page.getByRole('button', { name: /Cancel instance/ }).waitFor();
    await expectAccessible(page, flowInternals);
    await screenshot(page, 'instance-viewer');
    await context.close();
  });

  it('names the instance\'s case by its code, linking to it and to the task the instance waits at', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'coordinator@astra.local', '/cases/new');
    await page.getByRole('button', { name: 'Open case' }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const caseId = /\/cases\/([0-9a-f-]{36})$/.exec(page.url())![1];
    const code = (await page.getByRole('heading', { level: 1, name: /^AS-\d{4}-/ }).textContent())!.trim();
    const definition: E2eDefinition = {
      ...waitsForReview,
      definitionId: 'e2e-viewer-case-links',
      name: 'E2E viewer: case and task links',
      activities: waitsForReview.activities.map((a) => (a.id === 'review' ? { ...a, inputs: { ...a.inputs, title: 'E2E review {{ case.code }}' } } : a)),
    };
    await send(page, 'PUT', `/api/definitions/${definition.definitionId}`, definition);
    await send(page, 'POST', `/api/definitions/${definition.definitionId}/publish`, {});
    const started = (await send(page, 'POST', '/api/instances', { definitionId: definition.definitionId, caseId, input: {} })) as { id: string };

    await page.goto(`/designer/instances/${started.id}`);
    await page.getByRole('heading', { name: /Instance of/ }).waitFor();
    const caseLink = page.getByRole('link', { name: code, exact: true });
    expect(await caseLink.getAttribute('href')).toBe(`/cases/${caseId}`);
    const waiting = page.getByRole('region', { name: 'Waiting tasks' });
    const taskLink = waiting.getByRole('link', { name: `E2E review ${code}` });
    expect(await taskLink.getAttribute('href')).toMatch(/^\/tasks\/[0-9a-f-]{36}$/);
    expect(await waiting.textContent()).toContain('at Review');
    await expectAccessible(page, flowInternals);

    await taskLink.click();
    await page.waitForURL(/\/tasks\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: `E2E review ${code}` }).waitFor();
    await page.goBack();
    await page.getByRole('link', { name: code, exact: true }).click();
    await page.waitForURL(`**/cases/${caseId}`);
    await page.getByRole('heading', { level: 1, name: code }).waitFor();
    await context.close();
  });

  it('retries a faulted instance and cancels it after a confirmation', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'coordinator@astra.local');
    const id = await startOwnInstance(page, scriptThrows);
    await page.goto(`/designer/instances/${id}`);
    await page.getByRole('heading', { name: /Instance of/ }).waitFor();
    await expect.poll(() => page.locator('aside').textContent()).toContain('e2e: the script failed');
    expect(await page.locator('.viewer-node', { hasText: 'Faulted' }).count()).toBe(1);
    await page.getByRole('button', { name: /Retry/ }).click();
    // The script throws again: the journal gets the retry and the activity stays faulted.
    await page.getByRole('cell', { name: 'Retried' }).waitFor();
    await page.getByRole('button', { name: /Cancel instance/ }).click();
    await page.getByRole('alertdialog', { name: 'Cancel this instance?' }).waitFor();
    await expectAccessible(page, flowInternals);
    await page.getByRole('button', { name: 'Yes, cancel the instance' }).click();
    await expect.poll(() => page.getByText('Status:').locator('..').textContent()).toContain('Cancelled');
    expect(await page.getByRole('button', { name: /Cancel instance/ }).count()).toBe(0);
    await context.close();
  });

  it('says an unknown instance is not found or not shared', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'casemanager@astra.local', '/designer/instances/00000000-0000-0000-0000-000000000001');
    await page.getByText('This instance was not found, or it is not shared with you.').waitFor();
    await expectAccessible(page);
    await context.close();
  });
});
