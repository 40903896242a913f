import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launch, newPage, screenshot, signIn } from './support/browser';

describe('reports', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    ({ page } = await newPage(browser));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lands the Director on the overview', async () => {
    await signIn(page, 'director@astra.local', '/');
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/overview');
    await page.getByRole('heading', { level: 2, name: 'Open cases by phase' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Referrals waiting for an answer' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'reports-overview');
  });

  it('renders a report as a chart with its table, and exports it', async () => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    await page.getByLabel('Report').selectOption('victims-by-sex');
    await page.getByRole('heading', { level: 2, name: 'Victims by sex' }).waitFor();
    await page.locator('.report-chart canvas').waitFor();
    const table = page.getByRole('table');
    await table.waitFor();
    expect(await table.getByRole('rowheader', { name: 'Female' }).count()).toBe(1);
    expect(await table.getByRole('columnheader', { name: 'Formally identified' }).count()).toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'reports-victims-by-sex');

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download XLSX' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^victims-by-sex_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect((await file.createReadStream()) !== null).toBe(true);
  });

  it('fits a 390 px wide phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('table').waitFor();
    // The chart's canvas follows the new width on its next resize callback, so the layout is read once it has settled.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
      .toBeLessThanOrEqual(0);
    await screenshot(page, 'reports-390');
  });
});
