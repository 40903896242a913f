import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { belgradeLocalToIso } from '../src/i18n/belgradeTime';
import { call, tokenFor } from './support/api';
import { expectAccessible, launch, newPage, screenshot, signIn } from './support/browser';
import { referralAnswerLink } from './support/referralMail';

// A case manager refers the client of a demo case to the demo HIV clinic (which answers online); the clinic answers
// through the link in the referral e-mail, signed out, in a second browser; the case page then shows the appointment.
const clinicEmail = 'hiv-clinic-bg@partners.demo.invalid';
const clinicName = 'Demo HIV and hepatitis counselling clinic';
const hivTesting = 'HIV and hepatitis B/C testing with pre/post-test counselling';

interface CaseList {
  items: { id: string; code: string }[];
}
interface Consents {
  current: { purpose: string; given: boolean }[];
}


/** A day some days ahead, as 'yyyy-mm-dd' (Belgrade's day is close enough for a date days away). */
function daysAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe('referrals', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('refers a client to a clinic for HIV testing, the clinic accepts through its link and the case page shows the appointment', async () => {
    // A demo case of the case manager's without consent for sharing with health services.
    const token = await tokenFor('casemanager@astra.local');
    const cases = await call<CaseList>('GET', '/api/cases?limit=50', token);
    let chosen: { id: string; code: string } | undefined;
    for (const c of cases.items) {
      const consents = await call<Consents>('GET', `/api/cases/${c.id}/consents`, token);
      // Other suites refer demo cases too (the phone walk): take one with no referral yet, as the checks below expect.
      const referrals = await call<unknown[]>('GET', `/api/cases/${c.id}/referrals`, token);
      if (!consents.current.some((p) => p.purpose === 'sharing-health' && p.given) && referrals.length === 0) {
        chosen = c;
        break;
      }
    }
    expect(chosen, 'a demo case without consent for sharing-health and without referrals').toBeDefined();
    const { id: caseId, code } = chosen!;

    const staff = await newPage(browser);
    const page = staff.page;
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'casemanager@astra.local', `/cases/${caseId}`);
    await page.getByRole('heading', { level: 1, name: code }).waitFor();
    const section = page.getByRole('region', { name: 'Referrals' });
    await section.waitFor();

    // The referral form: the clinic, HIV testing, urgent, an answer within three working days, a Romanian interpreter.
    await section.getByText('Refer to a partner').click();
    const refer = section.getByRole('form', { name: 'Refer to a partner' });
    await refer.getByLabel('Partner', { exact: true }).selectOption({ label: `${clinicName} · Beograd` });
    await refer.getByLabel(hivTesting).check();
    await refer.getByLabel('Reason', { exact: true }).fill('Testing after possible exposure; she asked for it.');
    await refer.getByLabel('Urgency', { exact: true }).selectOption('urgent');
    await refer.getByLabel('Answer within (working days)').fill('3');
    await refer.getByLabel('Interpreter language').fill('Romanian');
    await expectAccessible(page);
    await refer.getByRole('button', { name: 'Send referral' }).click();

    // No consent yet: the API's 409 is shown naming the purpose, the override is offered, nothing was sent.
    const refusal = refer.getByRole('alert').filter({ hasText: 'has not consented' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('sharing with health services');
    expect(await refusal.textContent()).toContain('sharing-health');
    expect(await refer.getByRole('button', { name: 'Send without consent' }).count()).toBe(1);
    expect(await call<unknown[]>('GET', `/api/cases/${caseId}/referrals`, token)).toEqual([]);
    await screenshot(page, 'referrals-no-consent-390');

    // The client consents (recorded through the API, as the consent step of a workflow would); the same form sends.
    await call('POST', `/api/cases/${caseId}/consents`, token, { purpose: 'sharing-health', givenAt: new Date(Date.now() - 60_000).toISOString() });
    await refer.getByRole('button', { name: 'Send referral' }).click();
    await section.getByRole('status').filter({ hasText: `Referral to ${clinicName} sent.` }).waitFor();
    const item = section.getByRole('listitem').filter({ hasText: clinicName });
    await expect.poll(() => item.getAttribute('data-status')).toBe('sent');
    expect(await item.textContent()).toContain(hivTesting);
    expect(await item.textContent()).toContain('Answer by');

    // The partner, signed out in its own browser, opens the link from the e-mail and accepts with an appointment.
    const link = await referralAnswerLink(clinicEmail, code);
    const appointmentLocal = `${daysAhead(5)}T10:30`;
    const partner = await newPage(browser);
    await partner.page.setViewportSize({ width: 390, height: 844 });
    const response = await partner.page.goto(link);
    expect(response?.status()).toBe(200);
    expect(await partner.page.locator('body').textContent()).toContain(code);
    await partner.page.locator('#appointment').fill(appointmentLocal);
    await partner.page.locator('form:has(input[value="accept"]) button[type="submit"]').click();
    await expect.poll(() => partner.page.locator('dd[data-status]').getAttribute('data-status')).toBe('accepted');
    await screenshot(partner.page, 'referrals-partner-accepted-390');
    await partner.context.close();

    // Back on the case page (still 390 px wide): accepted, with the appointment the partner gave.
    await page.reload();
    await section.waitFor();
    await expect.poll(() => item.getAttribute('data-status'), { timeout: 15_000 }).toBe('accepted');
    const appointment = item.locator('.referral-appointment time');
    expect(new Date((await appointment.getAttribute('datetime'))!).getTime()).toBe(new Date(belgradeLocalToIso(appointmentLocal)!).getTime());
    expect(await item.textContent()).toContain('answered through the link');
    expect(await item.getByRole('button', { name: 'Record the answer' }).count()).toBe(0);
    expect(await item.getByRole('button', { name: 'Complete' }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page);
    await screenshot(page, 'referrals-case-accepted-390');

    // A service ASTRA gave itself, recorded from the same page.
    const services = page.getByRole('region', { name: 'Services delivered' });
    await services.getByText('Record a service').click();
    const record = services.getByRole('form', { name: 'Record a service' });
    await record.getByLabel('Service', { exact: true }).selectOption({ label: 'Information' });
    await record.getByLabel('Short note').fill('Explained the testing procedure.');
    await record.getByRole('button', { name: 'Record service' }).click();
    await services.getByRole('status').filter({ hasText: 'Recorded Information.' }).waitFor();
    const delivered = services.getByRole('listitem').filter({ hasText: 'Information' });
    expect(await delivered.textContent()).toContain('ASTRA');
    expect(await delivered.textContent()).toContain('Explained the testing procedure.');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await staff.context.close();
  });

  it('lets a coordinator find partners by kind and city and add one, and an admin add and deactivate a service', async () => {
    const { context, page } = await newPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'coordinator@astra.local', '/partners');
    await page.getByRole('heading', { level: 1, name: 'Partner directory' }).waitFor();
    await page.getByLabel('Kind').selectOption('clinic');
    await page.getByRole('status').filter({ hasText: 'Partners: 3' }).waitFor();
    await page.getByLabel('City').fill('Niš');
    await page.getByLabel('City').press('Enter');
    await page.getByRole('status').filter({ hasText: 'Partners: 1' }).waitFor();
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual([expect.stringContaining('Demo Clinical Centre Niš')]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page);

    // A new partner: saved, found by its city, then retired (never deleted) and gone from the active list.
    await page.getByRole('link', { name: 'Add a partner' }).click();
    await page.getByLabel('Organisation name').fill('E2E Health Centre Subotica');
    await page.getByLabel('Kind', { exact: true }).selectOption('clinic');
    await page.getByLabel('City').fill('Subotica');
    await page.getByLabel('Lab tests').check();
    await page.getByLabel('Contact e-mail').fill('dz-subotica@partners.demo.invalid');
    await page.getByLabel('Languages').fill('sr-Cyrl, hu');
    await page.getByLabel(/Answers referrals online/).check();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Save partner' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved E2E Health Centre Subotica.' }).waitFor();
    await page.getByLabel('City').fill('Subotica');
    await page.getByLabel('City').press('Enter');
    await page.getByRole('status').filter({ hasText: 'Partners: 1' }).waitFor();
    await page.getByRole('link', { name: 'Edit E2E Health Centre Subotica' }).click();
    expect(await page.getByLabel('Languages').inputValue()).toBe('sr-Cyrl, hu');
    await page.getByLabel(/Active \(offered/).uncheck();
    await page.getByRole('button', { name: 'Save partner' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved E2E Health Centre Subotica.' }).waitFor();
    await page.getByLabel('City').fill('Subotica');
    await page.getByLabel('City').press('Enter');
    await page.getByText('No partner matches.').waitFor();
    await context.close();

    // The admin adds a service in three languages and deactivates it: it stays listed, marked inactive.
    const admin = await newPage(browser);
    await signIn(admin.page, 'admin@astra.local', '/partners/services');
    await admin.page.getByRole('heading', { level: 1, name: 'Service catalogue' }).waitFor();
    await admin.page.getByText('Add a service').click();
    const add = admin.page.getByRole('form', { name: 'Add a service' });
    await add.getByLabel('Key').fill('e2e-peer-support');
    await add.getByLabel('English').fill('Peer support group');
    await add.getByLabel('Serbian (Latin)').fill('Grupa podrške');
    await add.getByLabel('Serbian (Cyrillic)').fill('Група подршке');
    await add.getByRole('button', { name: 'Add service' }).click();
    await admin.page.getByRole('status').filter({ hasText: 'Added Peer support group.' }).waitFor();
    const row = admin.page.getByRole('row').filter({ hasText: 'e2e-peer-support' });
    await row.getByRole('button', { name: /Deactivate/ }).click();
    await row.getByText('Inactive').waitFor();
    await row.getByRole('button', { name: /Activate again/ }).waitFor();
    await expectAccessible(admin.page);
    await screenshot(admin.page, 'referrals-catalogue');
    await admin.context.close();
  });
});
