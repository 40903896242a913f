import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { call, tokenFor } from './support/api';
import { expectAccessible, launch, newPage, screenshot, signIn } from './support/browser';

// Issue 18, items 1, 2, 5 and 6: starting work on a case, the identity recorded later, consent, and finding a case.

const caseUrl = /\/cases\/([0-9a-f-]{36})$/;

async function openAnonymousCase(page: Page): Promise<string> {
  await page.goto('/cases/new');
  await page.getByRole('heading', { level: 1, name: 'New case' }).waitFor();
  await page.getByRole('button', { name: 'Open case' }).click();
  await page.waitForURL(caseUrl);
  const heading = page.getByRole('heading', { level: 1, name: /^AS-\d{4}-/ });
  await heading.waitFor();
  return (await heading.textContent())!.trim();
}

/** The page at phone width, for the sections used in the field: nothing may be wider than the screen. */
async function expectFitsPhone(page: Page): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1400, height: 900 });
}

describe('case work without dead ends', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets a case manager open a case with intake started and start another workflow with its inputs', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'casemanager@astra.local', '/cases/new');
    const workflow = page.getByRole('combobox', { name: /^Workflow to start/ });
    await expect.poll(() => workflow.inputValue()).toBe('case-intake');
    // Only what a case manager may start: court proceedings are for lawyers and coordinators.
    expect(await workflow.locator('option[value="court-proceedings"]').count()).toBe(0);
    await screenshot(page, 'case-work-new-case');
    await openAnonymousCase(page);

    const instances = page.getByRole('region', { name: 'Workflows' });
    await expect.poll(async () => (await instances.textContent()) ?? '').toMatch(/case.intake/i);

    const start = page.getByRole('region', { name: 'Start a workflow' });
    await start.getByRole('combobox', { name: /^Workflow/ }).selectOption('identification-emergency');
    await start.getByRole('combobox', { name: /^Child/ }).selectOption('true');
    await start.getByRole('button', { name: 'Start workflow' }).click();
    await start.getByRole('status').filter({ hasText: 'started' }).waitFor();
    await expect.poll(async () => (await instances.textContent()) ?? '').toMatch(/Identification and emergency assistance/);
    await expectAccessible(page);
    await expectFitsPhone(page);
    await screenshot(page, 'case-work-started');
    await context.close();
  });

  it('labels a workflow\'s start inputs from its definition in the reader\'s language (Serbian Latin)', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'casemanager@astra.local');
    await openAnonymousCase(page);
    // The PUT that would save the language for the demo user never reaches the host; after a reload /api/me says sr-Latn.
    await page.route('**/api/me/preferences', (route) => route.fulfill({ status: 204 }));
    await page.route('**/api/me', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, json: { ...((await response.json()) as object), language: 'sr-Latn' } });
    });
    await page.getByLabel('Language', { exact: true }).selectOption('sr-Latn');
    await page.getByRole('button', { name: 'Odjava' }).waitFor();

    const start = page.getByRole('region', { name: 'Pokretanje procesa' });
    await start.getByRole('combobox', { name: /^Proces/ }).selectOption('identification-emergency');
    const child = start.getByRole('combobox', { name: 'Dete (mlađe od 18 godina)' });
    await child.waitFor();
    await start.getByText('Osoba je mlađa od 18 godina.').waitFor();
    expect(await start.getByRole('combobox', { name: 'Strani državljanin' }).count()).toBe(1);
    const text = (await start.textContent()) ?? '';
    expect(text).not.toMatch(/\bchild\b|foreignNational|Child \(under 18\)/);

    await start.getByRole('combobox', { name: /^Proces/ }).selectOption('case-intake');
    await start.getByRole('textbox', { name: 'Ko je uputio' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'case-work-start-inputs-sr-latn');
    await context.close();
  });

  it('lets a case manager record an identity later, reveal it only with a reason, and correct it', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'casemanager@astra.local');
    const code = await openAnonymousCase(page);
    const section = page.getByRole('region', { name: 'Client identity' });
    await section.getByRole('button', { name: 'Record identity' }).click();
    const name = 'Invented Laterperson Qwyx';
    await section.getByLabel(/^Full name/).fill(name);
    await section.getByRole('button', { name: 'Save identity' }).click();
    await section.getByText('The identity is recorded and sealed').waitFor();
    expect(await page.getByText(name).count()).toBe(0);

    await section.getByRole('button', { name: 'Reveal client identity' }).click();
    const dialog = page.getByRole('dialog', { name: "Reveal the client's identity?" });
    expect(await dialog.textContent()).toContain(code);
    await dialog.getByRole('button', { name: 'Reveal and record' }).click();
    await dialog.getByText('Say why you need the identity.').waitFor();
    await dialog.getByLabel('Why do you need the identity?').fill('Preparing the statement for the police');
    await dialog.getByRole('button', { name: 'Reveal and record' }).click();
    await section.getByText(name).waitFor();

    await section.getByRole('button', { name: 'Correct identity' }).click();
    await section.getByLabel(/^Full name/).fill(`${name}-Novak`);
    await section.getByRole('button', { name: 'Save identity' }).click();
    await section.getByText('The identity is corrected').waitFor();
    expect(await page.getByText(`${name}-Novak`).count()).toBe(0);
    await expectAccessible(page);
    await context.close();
  });

  it('finds a demo case by its invented client name and by the code of the hotline contact that became it', async () => {
    // The hotline operator logs a contact and opens a case from it; the coordinator finds that case by the contact code.
    const operator = await tokenFor('operator@astra.local');
    const contact = await call<{ id: string; code: string }>('POST', '/api/contacts', operator, {
      callerType: 'potentialVictim',
      topics: ['traffickingIndicators'],
      durationMinutes: 4,
      outcome: 'referred',
    });
    const opened = await call<{ caseCode: string }>('POST', `/api/contacts/${contact.id}/open-case`, operator, { priority: 'medium' });

    const { context, page } = await newPage(browser);
    const searches: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/cases/search')) searches.push(r.url());
    });
    await signIn(page, 'coordinator@astra.local');
    await page.getByRole('link', { name: 'Find a case' }).click();
    await page.getByRole('heading', { level: 1, name: 'Find a case' }).waitFor();

    await page.getByRole('combobox', { name: 'Search by' }).selectOption('fullName');
    await page.getByLabel('Search for').fill('demo klijentkinja prva');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const results = page.getByRole('region', { name: /case\(s\) found/ });
    await results.getByRole('link', { name: /^AS-\d{4}-/ }).first().waitFor();
    expect(page.url()).not.toContain('klijentkinja');

    await page.getByRole('combobox', { name: 'Search by' }).selectOption('contactCode');
    await page.getByLabel('Search for').fill(contact.code);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await results.getByRole('link', { name: opened.caseCode }).waitFor();
    expect(searches.every((u) => !u.includes(contact.code) && !u.toLowerCase().includes('klijentkinja'))).toBe(true);
    await expectAccessible(page);
    await expectFitsPhone(page);
    await screenshot(page, 'case-work-search');

    // The hit opens the case the contact became.
    await page.getByRole('link', { name: opened.caseCode }).click();
    await page.getByRole('heading', { level: 1, name: opened.caseCode }).waitFor();
    await context.close();
  });

  it('lets a case manager reveal the invented identity of a demo case found by document number', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'casemanager@astra.local', '/search');
    await page.getByRole('combobox', { name: 'Search by' }).selectOption('documentNumber');
    await page.getByLabel('Search for').fill('DEMO-000002');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const link = page.getByRole('region', { name: /case\(s\) found/ }).getByRole('link', { name: /^AS-\d{4}-/ });
    await link.click();
    await page.waitForURL(caseUrl);
    const section = page.getByRole('region', { name: 'Client identity' });
    await section.getByRole('button', { name: 'Reveal client identity' }).click();
    const dialog = page.getByRole('dialog', { name: "Reveal the client's identity?" });
    await dialog.getByLabel('Why do you need the identity?').fill('Booking the interpreter');
    await dialog.getByRole('button', { name: 'Reveal and record' }).click();
    await section.getByText('Demo Klijent Drugi').waitFor();
    await context.close();
  });

  it('lets a case manager give and withdraw consent and record an imminent-danger override with its reason', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'casemanager@astra.local');
    await openAnonymousCase(page);
    const consent = page.getByRole('region', { name: 'Consent' });
    await consent.getByRole('button', { name: 'Record consent: services' }).click();
    const given = page.waitForResponse((r) => r.request().method() === 'POST' && /\/consents$/.test(new URL(r.url()).pathname));
    await consent.getByRole('form', { name: 'Record consent: services' }).getByRole('button', { name: 'Save' }).click();
    const answer = await given;
    expect(`${answer.status()} ${await answer.text()}`).toMatch(/^201 /);
    await screenshot(page, 'case-work-consent-given');
    await consent.getByText(/services: given, by Demo Case Manager/).waitFor();

    await consent.getByRole('button', { name: 'Record withdrawal: services' }).click();
    await consent.getByRole('form', { name: 'Record withdrawal: services' }).getByLabel(/^Note/).fill('Said so on the phone');
    await consent.getByRole('form', { name: 'Record withdrawal: services' }).getByRole('button', { name: 'Save' }).click();
    await consent.getByText(/services: withdrawn, by Demo Case Manager/).waitFor();

    await consent.getByRole('button', { name: 'Share without consent' }).click();
    const override = consent.getByRole('form', { name: 'Share without consent' });
    await override.getByRole('combobox', { name: 'Purpose' }).selectOption('sharing-police');
    await override.getByRole('combobox', { name: 'Ground' }).selectOption('imminent-danger');
    await override.getByLabel('Reason').fill('Threatened by the recruiter tonight');
    await override.getByRole('button', { name: 'Record override' }).click();
    await consent.getByText('Override recorded.').waitFor();
    await consent.getByText(/imminent-danger: Threatened by the recruiter tonight, by Demo Case Manager/).waitFor();
    await expectAccessible(page);
    await expectFitsPhone(page);
    await screenshot(page, 'case-work-consent');
    await context.close();
  });
});
