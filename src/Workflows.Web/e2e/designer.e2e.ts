import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launch, newPage, screenshot, signIn } from './support/browser';

// React Flow's own canvas layers (edges as SVG paths, the minimap drawing) are not ours to label.
const canvasInternals = ['.react-flow__renderer', '.react-flow__minimap', '.react-flow__attribution'];

async function call<T>(page: Page, method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<T> {
  const token = (await (await page.request.get('/api/auth/antiforgery')).json()) as { headerName: string; token: string };
  const response = await page.request.fetch(path, { method, data: body, headers: { [token.headerName]: token.token, 'Content-Type': 'application/json' } });
  if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

async function center(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`no box for ${selector}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A real pointer drag from an outcome handle to a node's input handle. */
async function connect(page: Page, from: string, outcome: string, to: string): Promise<void> {
  const a = await center(page, `.react-flow__handle[data-nodeid="${from}"][data-handleid="${outcome}"]`);
  const b = await center(page, `.react-flow__node[data-id="${to}"] .react-flow__handle.target`);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
  await page.mouse.move(b.x, b.y, { steps: 5 });
  await page.mouse.up();
}

async function dragFromPalette(page: Page, type: string, x: number, y: number): Promise<void> {
  const pane = page.locator('.designer-canvas .react-flow__pane');
  await page.locator(`.designer-palette-item[data-type="${type}"]`).dragTo(pane, { targetPosition: { x, y } });
}

function bigDefinition(id: string, size: number) {
  const activities: Record<string, unknown>[] = [{ id: 'start', type: 'flow.start' }];
  const connections: Record<string, unknown>[] = [];
  let previous = 'start';
  let previousOutcome: string | undefined;
  while (activities.length < size - 1) {
    const n = activities.length;
    if (n % 10 === 5 && activities.length < size - 3) {
      // A fork: a decision whose False branch takes a detour before rejoining the chain.
      const decision = `d${n}`;
      const detour = `x${n}`;
      activities.push({ id: decision, type: 'flow.decision', inputs: { condition: { js: `vars.n > ${n}` } } });
      activities.push({ id: detour, type: 'log.note', inputs: { text: `Detour ${n}` } });
      connections.push({ from: previous, ...(previousOutcome ? { outcome: previousOutcome } : {}), to: decision });
      connections.push({ from: decision, outcome: 'False', to: detour });
      const join = `n${n + 2}`;
      activities.push({ id: join, type: 'log.note', inputs: { text: `Step ${n + 2}` } });
      connections.push({ from: decision, outcome: 'True', to: join });
      connections.push({ from: detour, to: join });
      previous = join;
      previousOutcome = undefined;
      continue;
    }
    const step = `n${n}`;
    activities.push({ id: step, type: 'log.note', inputs: { text: `Step ${n}` } });
    connections.push({ from: previous, ...(previousOutcome ? { outcome: previousOutcome } : {}), to: step });
    previous = step;
  }
  activities.push({ id: 'end', type: 'flow.end' });
  connections.push({ from: previous, to: 'end' });
  return { schemaVersion: 1, definitionId: id, name: `Large ${size}`, activities, connections };
}

describe('workflow designer', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a coordinator builds, validates and publishes a workflow whose first task reaches a case manager', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'coordinator@astra.local', '/designer');
    await page.getByRole('heading', { name: 'Workflow designer' }).waitFor();
    await page.getByRole('link', { name: 'Court proceedings' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'designer-list');

    const id = `e2e-review-${Date.now().toString(36)}`;
    await page.getByRole('textbox', { name: 'Id' }).fill(id);
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('E2E review');
    await page.getByRole('button', { name: 'Create and open' }).click();
    await page.locator('.react-flow__node[data-id="start"]').waitFor();

    const pane = await page.locator('.designer-canvas .react-flow__pane').boundingBox();
    expect(pane).not.toBeNull();
    await dragFromPalette(page, 'task.human', 60, 40);
    await page.locator('.react-flow__node[data-id="human"]').waitFor();
    await dragFromPalette(page, 'log.note', pane!.width / 2, pane!.height - 120);
    await page.locator('.react-flow__node[data-id="note"]').waitFor();
    await dragFromPalette(page, 'flow.end', pane!.width - 220, 40);
    await page.locator('.react-flow__node[data-id="end"]').waitFor();
    await page.getByRole('button', { name: 'Arrange left to right' }).click();
    await page.locator('.react-flow__controls-fitview').click();
    await page.waitForTimeout(400);

    await connect(page, 'start', 'Done', 'human');
    await connect(page, 'human', 'Done', 'note');
    await connect(page, 'note', 'Done', 'end');
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(3);

    await page.locator('.react-flow__node[data-id="note"]').click();
    await page.getByLabel('Note', { exact: true }).fill('Review started for {{ case.code }}');
    await page.locator('.react-flow__node[data-id="human"]').click();
    await page.getByLabel('Kind of task', { exact: true }).fill('e2e.review');
    await page.getByLabel('Role', { exact: true }).selectOption('CaseManager');

    // The title is required: the engine says so on the node and beside the field.
    const nodeProblems = page.locator('.react-flow__node[data-id="human"] .designer-node-problems');
    await expect.poll(() => nodeProblems.textContent()).toMatch(/Problems: \d/);
    const titleProblems = page.locator('[id="designer-input-human-title-problems"]');
    await expect.poll(() => titleProblems.textContent()).toMatch(/title/i);
    expect(await page.getByRole('button', { name: 'Publish' }).isDisabled()).toBe(true);
    await expectAccessible(page, canvasInternals);
    await screenshot(page, 'designer-validation');

    const title = `E2E review ${id}`;
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByText('No problems found.').waitFor();
    expect(await nodeProblems.count()).toBe(0);
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await expectAccessible(page, canvasInternals);
    await screenshot(page, 'designer-editor');

    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('button', { name: 'Yes, publish' }).click();
    await page.getByText('Published as version 1').waitFor();

    const { context: cmContext, page: cm } = await newPage(browser);
    await signIn(cm, 'casemanager@astra.local');
    // The case manager opens the case (so it is on their team) and starts the published workflow on it.
    const created = await call<{ id: string }>(cm, 'POST', '/api/cases', { phase: null, client: null });
    await call(cm, 'POST', '/api/instances', { definitionId: id, caseId: created.id, input: null });

    // The first task is in the case manager's Available queue, in the task list itself.
    await cm.goto('/tasks?queue=available');
    const row = cm.getByRole('row').filter({ has: cm.getByRole('link', { name: title }) });
    await row.waitFor();
    expect(await row.textContent()).toContain('Case manager');
    await cmContext.close();
    await context.close();
  });

  it('opens a 200-activity workflow quickly', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'coordinator@astra.local', '/designer');
    const id = `e2e-large-${Date.now().toString(36)}`;
    const definition = bigDefinition(id, 200);
    expect(definition.activities).toHaveLength(200);
    await page.getByLabel('Definition file (JSON)').setInputFiles({ name: `${id}.workflow.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(definition)) });
    await page.waitForURL(`**/designer/${id}`);
    await page.locator('.react-flow__node').first().waitFor();

    await page.goto('/designer');
    await page.getByRole('link', { name: 'Large 200' }).waitFor();
    const started = Date.now();
    await page.getByRole('link', { name: 'Large 200' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length === 200, undefined, { timeout: 30_000 }).catch(async (e) => {
      console.log('nodes rendered:', await page.locator('.react-flow__node').count());
      throw e;
    });
    const elapsed = Date.now() - started;
    console.log(`designer open 200 activities: ${elapsed} ms`);
    await context.close();
  });
});
