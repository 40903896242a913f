import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectAccessible, launch, newPage, screenshot, signIn } from './support/browser';

describe('signing in', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('refuses a wrong password with a message and no session', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/');
    await expectAccessible(page);
    await screenshot(page, 'sign-in');
    await page.getByLabel('E-mail').fill('casemanager@astra.local');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('not correct');
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    await context.close();
  });

  // The donor liaison (Reporting) is not used by other tests: the language chosen here is stored for the user and
  // follows them into every later sign-in.
  it('signs a user in and out, and the language choice is applied and remembered for the user', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'reporting@astra.local');
    expect(new URL(page.url()).pathname).toBe('/reports'); // Reporting sees reports and nothing else (issue 17)
    // Sign-out ends the session at once (a write still in flight would be refused), so the choice is saved first.
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/me/preferences') && r.request().method() === 'PUT');
    await page.getByLabel('Language', { exact: true }).selectOption('sr-Cyrl');
    expect((await saved).status()).toBe(204);
    await page.getByRole('button', { name: 'Одјава' }).waitFor();
    await page.getByRole('button', { name: 'Одјава' }).click();
    await page.getByRole('button', { name: 'Пријава' }).waitFor();
    await context.close();

    // Another device (a fresh browser context starting in English) gets the user's choice after signing in.
    const other = await newPage(browser);
    await other.page.goto('/');
    await other.page.getByLabel('E-mail').fill('reporting@astra.local');
    await other.page.getByLabel('Password').fill(inject('demoPassword'));
    await other.page.getByRole('button', { name: 'Sign in' }).click();
    await other.page.getByRole('button', { name: 'Одјава' }).waitFor();
    await other.context.close();
  });
});
