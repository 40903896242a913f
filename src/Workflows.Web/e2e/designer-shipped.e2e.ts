import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, newPage, screenshot, signIn } from './support/browser';

// Issue #9: every shipped definition opens in the designer, renders without overlapping nodes, validates clean, and
// exports exactly what was shipped (the host imported it from definitions/ at start-up).
const shipped = [
  'hotline-triage',
  'identification-emergency',
  'recovery-support-plan',
  'court-proceedings',
  'foreign-nationals',
  'reintegration',
];
const directory = resolve(import.meta.dirname, '../../../definitions');

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('shipped definitions in the designer', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(shipped)('%s opens readably and exports unchanged', async (id) => {
    const file = JSON.parse(readFileSync(resolve(directory, `${id}.workflow.json`), 'utf8')) as { activities: unknown[] };
    const { context, page } = await newPage(browser);
    await signIn(page, 'coordinator@astra.local', `/designer/${id}`);

    const nodes = page.locator('.react-flow__node');
    await expect.poll(() => nodes.count(), { timeout: 15_000 }).toBe(file.activities.length);
    await page.getByText('No problems found.').waitFor();

    // Readable: no activity drawn over another (on screen; zoom scales every box alike).
    const boxes = await nodes.evaluateAll((elements) =>
      elements.map((e) => {
        const r = e.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    );
    const overlapping = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => overlap(a, b)).map(() => i));
    expect(overlapping, `${id}: overlapping nodes`).toEqual([]);
    await screenshot(page, `designer-shipped-${id}`);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export' }).click();
    const path = await (await download).path();
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(file);
    await context.close();
  });
});
