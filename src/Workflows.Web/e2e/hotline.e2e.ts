import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectAccessible, launch, newPage, screenshot, signIn } from './support/browser';

// Logs two contacts from one number (this file's own number, used by no demo story) and opens a case from the second.
describe('the hotline', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('logs a job-offer check by keyboard alone, shows the repeat caller on the next call and opens a case from it', async () => {
    const { context, page } = await newPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'operator@astra.local', '/hotline');
    const numberField = page.getByLabel("Caller's number");
    await numberField.waitFor();
    await expectAccessible(page);
    // Usable on a phone: nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'hotline-390');

    // A job-offer check, keyboard only: the number, then Ctrl+Enter (the form's defaults are a job-offer check).
    let keys = 0;
    const clicks = 0;
    await numberField.focus();
    const typed = '064 777 1919';
    await page.keyboard.type(typed);
    keys += typed.length;
    await page.keyboard.press('Control+Enter');
    keys += 1;
    const logged = page.getByRole('status').filter({ hasText: /Logged as KT-\d{4}-\d{5}/ });
    await logged.waitFor();
    const firstCode = /KT-\d{4}-\d{5}/.exec((await logged.textContent()) ?? '')?.[0] ?? '';
    // Ready for the next call: the form is empty again and the cursor is back in the number.
    expect(await numberField.inputValue()).toBe('');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('callerNumber');
    expect(keys).toBeLessThanOrEqual(16);
    expect(clicks).toBe(0);

    // The same caller again, typed another way: the earlier contact appears while the number is typed.
    await page.keyboard.type('0647771919');
    const repeat = page.getByTestId('repeat-caller');
    await expect.poll(() => repeat.textContent(), { timeout: 10_000 }).toContain('Called once before');
    expect(await repeat.textContent()).toContain(firstCode);
    // (This second call uses the mouse once, to mark the danger; only the first call counts keys.)
    await page.getByText('Imminent danger').click();
    await page.keyboard.press('Control+Enter');
    await page.getByRole('status').filter({ hasText: /Logged as/ }).filter({ hasNotText: firstCode }).waitFor();

    // Open a case from it: the new case's page, with the triage running and the emergency task open.
    await page.getByRole('link', { name: 'Open it' }).click();
    await page.getByRole('heading', { level: 1, name: /^Contact KT-/ }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Open case and start triage' }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: /^AS-\d{4}-/ }).waitFor();
    await expect.poll(() => page.locator('main').textContent(), { timeout: 10_000 }).toContain('Emergency response');
    expect(await page.locator('main').textContent()).toContain('Hotline contact triage');
    await screenshot(page, 'hotline-case-opened');

    // The log lists both contacts; the second now says which case it opened.
    await page.goto('/hotline/contacts');
    await page.getByRole('table').waitFor();
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'Case opened' }).count()).toBeGreaterThanOrEqual(1);
    expect(await page.getByRole('row').filter({ hasText: firstCode }).count()).toBe(1);
    await expectAccessible(page);
    await context.close();
  });
});
