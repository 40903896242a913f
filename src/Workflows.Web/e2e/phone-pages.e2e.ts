import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addDays, monthOf } from '../src/lib/dates';
import { belgradeDay, belgradeLocalToIso } from '../src/i18n/belgradeTime';
import { call, tokenFor } from './support/api';
import { launch, newPage, signIn } from './support/browser';
import { phone, phoneFaults, phoneShot } from './support/phone';
import { referralAnswerLink } from './support/referralMail';

// Every page a case manager, a lawyer or a hotline operator works with, at 390 × 844 (issue 21 item 5): none scrolls
// sideways, no control lies outside the screen, buttons and fields are big enough to tap, and the hearing dialog's
// Close button is on screen. Screenshots of each page land in test-results/phone/ (git-ignored).
//
// The test makes its own data through the API: a case with a proceeding, a hearing and a hard deadline led by
// lawyer@ (made by coordinator@), a workflow whose task has a form with a file field and two outcomes on a case of
// casemanager@'s, and a referral from that case to the demo HIV clinic (sent with an override reason, so no demo
// consent is needed), whose partner page is opened from the e-mail's link.

const clinicEmail = 'hiv-clinic-bg@partners.demo.invalid';

interface Fixture {
  legalCaseId: string;
  legalCaseCode: string;
  hearingId: string;
  hearingDay: string;
  deadlineId: string;
  caseId: string;
  caseCode: string;
  taskId: string;
}

async function createFixture(): Promise<Fixture> {
  const coordinator = await tokenFor('coordinator@astra.local');
  const lawyer = await tokenFor('lawyer@astra.local');
  const manager = await tokenFor('casemanager@astra.local');
  const lawyerMe = await call<{ id: string }>('GET', '/api/me', lawyer);

  // The lawyer's hearing and hard deadline.
  const legalCase = await call<{ id: string; code: string }>('POST', '/api/cases', coordinator, {});
  const proceeding = await call<{ id: string }>('POST', `/api/cases/${legalCase.id}/proceedings`, coordinator, {
    kind: 'criminal',
    court: 'Viši sud u Beogradu, Posebno odeljenje za ratne zločine i organizovani kriminal',
    courtCaseNumber: 'E2E-PHONE K 21/26',
    clientRole: 'injuredParty',
    leadLawyerId: lawyerMe.id,
    lawyerIds: [],
  });
  const today = belgradeDay(Date.now());
  const hearingDay = addDays(today, 2);
  const hearing = await call<{ id: string }>('POST', `/api/proceedings/${proceeding.id}/hearings`, coordinator, {
    startsAt: belgradeLocalToIso(`${hearingDay}T09:30`)!,
    kind: 'mainTrial',
    room: 'Sudnica 7, prizemlje',
    notes: 'Klijentkinja dolazi sa psihološkinjom; tražiti da svedoči iz posebne prostorije, bez prisustva okrivljenog.',
    confirmNonWorkingDay: true,
  });
  const deadline = await call<{ id: string }>('POST', `/api/proceedings/${proceeding.id}/deadlines`, coordinator, { kind: 'criminal-appeal', servedOn: today });

  // The case manager's task with a form: text, choice, file, and two outcomes.
  const definitionId = 'e2e-phone-visit';
  await call('PUT', `/api/definitions/${definitionId}`, coordinator, {
    schemaVersion: 1,
    definitionId,
    name: 'E2E: home visit on a phone',
    activities: [
      { id: 'start', type: 'flow.start' },
      {
        id: 'visit',
        type: 'task.human',
        inputs: {
          taskType: 'e2e-phone-visit',
          title: 'Home visit and needs check with the client and her family ({{ case.code }})',
          description: 'Visit the client at home, check her safety and her needs, and bring the signed consent form back.',
          role: 'CaseManager',
          form: [
            { name: 'summary', label: 'What was agreed during the visit', type: 'text', required: true },
            { name: 'safe', label: 'Is the client safe where she lives now?', type: 'choice', options: ['yes', 'no', 'unsure'], required: true },
            { name: 'consent', label: 'Signed consent form', type: 'file', kind: 'other', required: false },
          ],
          outcomes: ['Done', 'NeedsFollowUp'],
        },
      },
      { id: 'end', type: 'flow.end' },
    ],
    connections: [
      { from: 'start', to: 'visit' },
      { from: 'visit', to: 'end' },
    ],
  });
  await call('POST', `/api/definitions/${definitionId}/publish`, coordinator, {});
  const opened = await call<{ id: string; code: string }>('POST', '/api/cases', manager, {});
  await call('POST', '/api/instances', manager, { definitionId, caseId: opened.id, input: {} });
  const tasks = await call<{ items: { id: string; taskType: string }[] }>('GET', `/api/tasks?queue=available&caseId=${opened.id}`, manager);
  const taskId = tasks.items.find((t) => t.taskType === 'e2e-phone-visit')!.id;

  // A referral from that case to the demo clinic, so the case page has one and the partner page can be opened.
  const partners = await call<{ id: string; email: string | null; services: string[] }[]>('GET', '/api/partners?active=true', manager);
  const clinic = partners.find((p) => p.email?.toLowerCase() === clinicEmail)!;
  await call('POST', `/api/cases/${opened.id}/referrals`, manager, {
    partnerId: clinic.id,
    services: [clinic.services[0]],
    reason: 'Testing after possible exposure; she asked for it.',
    urgency: 'urgent',
    respondWithin: { workingDays: 3 },
    interpreterLanguage: 'Romanian',
    contactUserId: null,
    overrideReason: 'E2E: the phone layout test needs a referral without recording a consent.',
  });
  return {
    legalCaseId: legalCase.id,
    legalCaseCode: legalCase.code,
    hearingId: hearing.id,
    hearingDay,
    deadlineId: deadline.id,
    caseId: opened.id,
    caseCode: opened.code,
    taskId,
  };
}



/** Collects every page's faults so one run names all of them; each test then expects none. */
class Walk {
  readonly faults: Record<string, string[]> = {};
  constructor(private readonly page: Page) {}

  async check(name: string, options?: { scrollers?: string[]; minTarget?: number }): Promise<void> {
    // Fonts and lazy chunks settle before measuring.
    await this.page.waitForLoadState('networkidle').catch(() => undefined);
    const found = await phoneFaults(this.page, options);
    if (found.length > 0) this.faults[`${name} (${new URL(this.page.url()).pathname})`] = found;
    await phoneShot(this.page, name);
  }
}

async function phonePage(browser: Browser, email: string, path: string) {
  const { context, page } = await newPage(browser);
  await page.setViewportSize(phone);
  await signIn(page, email, path);
  return { context, page, walk: new Walk(page) };
}

describe('every page of the field at 390 × 844', () => {
  let browser: Browser;
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await createFixture();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a case manager: queues with filters and saved views, the task page and its form, the case page, search, notifications', async () => {
    const { context, page, walk } = await phonePage(browser, 'casemanager@astra.local', '/tasks');
    await page.getByRole('tabpanel').getByRole('row').first().waitFor();
    await walk.check('cm-tasks');

    // Filters fold away behind a button that counts the active ones.
    const toggle = page.getByRole('button', { name: /^Filters/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('form', { name: 'Filter tasks' }).isVisible()).toBe(false);
    await toggle.click();
    const filters = page.getByRole('form', { name: 'Filter tasks' });
    await filters.getByLabel('Priority').selectOption('urgent');
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => toggle.textContent()).toMatch(/1/);
    await walk.check('cm-tasks-filters');
    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => toggle.textContent()).not.toMatch(/\d/);

    // Saved views: the form to save one.
    await page.getByRole('button', { name: 'Save this view' }).click();
    await page.getByRole('form', { name: 'Save this view' }).waitFor();
    await walk.check('cm-tasks-saved-views');

    // Available queue, then the task page with its form (text, choice, file) and both outcome buttons.
    await page.getByRole('tab', { name: /^Available/ }).click();
    await page.getByRole('tabpanel').getByRole('button', { name: /^Claim/ }).first().waitFor();
    await walk.check('cm-tasks-available');
    await page.goto(`/tasks/${fixture.taskId}`);
    await page.getByRole('heading', { level: 1, name: /Home visit/ }).waitFor();
    const claim = page.getByRole('button', { name: /^Claim/ });
    if ((await claim.count()) > 0) await claim.first().click();
    const form = page.getByRole('form', { name: 'Complete the task' });
    await form.waitFor();
    await form.getByLabel(/Signed consent form/).waitFor();
    await walk.check('cm-task-form');

    // The case page with every section (its referral too), then the case list and search.
    await page.goto(`/cases/${fixture.caseId}`);
    await page.getByRole('heading', { level: 1, name: fixture.caseCode }).waitFor();
    await page.getByRole('region', { name: 'Referrals' }).getByRole('listitem').first().waitFor();
    await walk.check('cm-case-page');
    // And the oldest demo case of the case manager's, the one with the longest story.
    const demo = await call<{ items: { id: string; code: string }[] }>('GET', '/api/cases?limit=50', await tokenFor('casemanager@astra.local'));
    const oldest = demo.items[demo.items.length - 1];
    expect(oldest.code).not.toBe(fixture.caseCode);
    await page.goto(`/cases/${oldest.id}`);
    await page.getByRole('heading', { level: 1, name: oldest.code }).waitFor();
    await page.getByRole('region', { name: 'Timeline' }).getByRole('listitem').first().waitFor();
    await walk.check('cm-case-page-demo');

    await page.goto('/cases');
    await page.getByRole('link', { name: /^AS-\d{4}-\d+/ }).first().waitFor();
    await walk.check('cm-cases');
    await page.getByRole('button', { name: /^Filters/ }).click();
    await walk.check('cm-cases-filters');

    await page.goto('/cases/new');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await walk.check('cm-new-case');

    await page.goto('/partners');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('listitem').first().waitFor();
    await walk.check('cm-partners');

    await page.goto('/search');
    await page.getByLabel('Search by').selectOption('caseCode');
    await page.getByLabel('Search for').fill(fixture.caseCode);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('heading', { name: /case\(s\) found/ }).waitFor();
    await walk.check('cm-search');

    // The notifications panel under the bell.
    await page.getByRole('button', { name: /^Notifications, \d+ unread$/ }).click();
    await page.getByRole('region', { name: 'Notifications' }).waitFor();
    await walk.check('cm-notifications');

    await context.close();
    expect(walk.faults).toEqual({});
  });

  it('a lawyer: hearings list and calendar, the hearing dialog with its Close button on screen, the hearing and deadline links', async () => {
    const { context, page, walk } = await phonePage(browser, 'lawyer@astra.local', '/legal');
    await page.getByTestId('agenda-hearing').filter({ hasText: fixture.legalCaseCode }).first().waitFor();
    await walk.check('lawyer-legal-list');

    // The dialog from the list: it fits the screen, scrolls inside, and Close is on screen and works.
    const openDialog = async (name: string) => {
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      const close = dialog.getByRole('button', { name: 'Close' });
      const box = await close.boundingBox();
      expect(box, 'the Close button has a box').not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(phone.width);
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(phone.height);
      const dialogBox = (await dialog.boundingBox())!;
      expect(dialogBox.x).toBeGreaterThanOrEqual(0);
      expect(dialogBox.x + dialogBox.width).toBeLessThanOrEqual(phone.width);
      expect(dialogBox.height).toBeLessThanOrEqual(phone.height);
      await walk.check(name);
      await close.click({ trial: true });
      await close.click();
      await dialog.waitFor({ state: 'hidden' });
    };
    await page.getByTestId('agenda-hearing').filter({ hasText: fixture.legalCaseCode }).first().getByRole('button').first().click();
    await openDialog('lawyer-hearing-dialog');

    // The dialog's reschedule form makes it taller than the screen: it scrolls inside, Close stays reachable.
    await page.getByTestId('agenda-hearing').filter({ hasText: fixture.legalCaseCode }).first().getByRole('button').first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Reschedule' }).click();
    await page.getByRole('dialog').getByLabel('New date and time').waitFor();
    await page.getByRole('dialog').evaluate((d) => d.scrollTo(0, d.scrollHeight));
    await openDialog('lawyer-hearing-dialog-reschedule');

    await page.getByRole('button', { name: 'Month calendar' }).click();
    await page.waitForURL(/view=calendar/);
    const month = monthOf(fixture.hearingDay);
    if (!page.url().includes(`month=${month}`)) await page.getByRole('button', { name: 'Next month' }).click();
    await page.waitForURL(new RegExp(`month=${month}`));
    const entry = page.locator(`[data-day="${fixture.hearingDay}"]`).getByTestId('calendar-hearing').filter({ hasText: fixture.legalCaseCode });
    await entry.waitFor();
    await walk.check('lawyer-legal-calendar');
    await entry.click();
    await openDialog('lawyer-hearing-dialog-calendar');

    // The links of a hearing alert and a deadline escalation land on the case page's proceedings.
    await page.goto(`/hearings/${fixture.hearingId}`);
    await page.getByRole('heading', { level: 1, name: fixture.legalCaseCode }).waitFor();
    await page.getByRole('heading', { name: 'Court proceedings' }).waitFor();
    await walk.check('lawyer-hearing-link');
    await page.goto(`/deadlines/${fixture.deadlineId}`);
    await page.getByRole('heading', { level: 1, name: fixture.legalCaseCode }).waitFor();
    await page.getByRole('heading', { name: 'Court proceedings' }).waitFor();
    await walk.check('lawyer-deadline-link');

    await page.goto('/tasks');
    await page.getByRole('tabpanel').waitFor();
    await walk.check('lawyer-tasks');
    await page.getByRole('button', { name: /^Notifications, \d+ unread$/ }).click();
    await page.getByRole('region', { name: 'Notifications' }).waitFor();
    await walk.check('lawyer-notifications');

    await context.close();
    expect(walk.faults).toEqual({});
  });

  it('a hotline operator: the contact form, a contact, the contact log and the call-back queue', async () => {
    const { context, page, walk } = await phonePage(browser, 'operator@astra.local', '/hotline');
    await page.getByLabel("Caller's number").waitFor();
    await walk.check('hotline-form');
    await page.getByLabel("Caller's number").fill('064 555 2121');
    await page.keyboard.press('Control+Enter');
    await page.getByRole('status').filter({ hasText: /Logged as KT-\d{4}-\d{5}/ }).waitFor();
    await page.getByRole('link', { name: 'Open it' }).click();
    await page.getByRole('heading', { level: 1, name: /^Contact KT-/ }).waitFor();
    await walk.check('hotline-contact');
    await page.goto('/hotline/contacts');
    await page.getByRole('link', { name: /^KT-\d{4}-\d{5}/ }).first().waitFor();
    await walk.check('hotline-contact-log');
    await page.getByRole('button', { name: /^Filters/ }).click();
    await walk.check('hotline-contact-log-filters');
    await page.goto('/hotline/call-backs');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await walk.check('hotline-call-backs');
    await context.close();
    expect(walk.faults).toEqual({});
  });

  it("the partner's referral page, signed out, fits the phone", async () => {
    const link = await referralAnswerLink(clinicEmail, fixture.caseCode);
    const { context, page } = await newPage(browser);
    await page.setViewportSize(phone);
    const response = await page.goto(link);
    expect(response?.status()).toBe(200);
    expect(await page.locator('body').textContent()).toContain(fixture.caseCode);
    const walk = new Walk(page);
    await walk.check('partner-referral');
    await context.close();
    expect(walk.faults).toEqual({});
  });

  it('admin and designer pages stay desktop but keep every control reachable at 390 px', async () => {
    // Wide admin tables may scroll sideways inside their wrapper; the page itself may not. Touch size is not asked.
    const scrollers = ['.table-scroll', '.table-wrap', '.designer-table', '.react-flow'];
    const admin = await phonePage(browser, 'admin@astra.local', '/admin/users');
    for (const path of ['/admin/users', '/admin/closures', '/admin/deadline-kinds', '/admin/outbox', '/admin/audit', '/partners', '/partners/services', '/reports']) {
      await admin.page.goto(path);
      await admin.page.getByRole('heading', { level: 1 }).waitFor();
      await admin.walk.check(`admin${path.replaceAll('/', '-')}`, { scrollers, minTarget: 0 });
    }
    await admin.context.close();

    const designer = await phonePage(browser, 'coordinator@astra.local', '/designer');
    await designer.page.getByRole('link', { name: /E2E: home visit on a phone/ }).first().waitFor();
    await designer.walk.check('designer-list', { scrollers, minTarget: 0 });
    await designer.page.goto('/designer/e2e-phone-visit');
    await designer.page.locator('.react-flow').first().waitFor();
    await designer.walk.check('designer-editor', { scrollers, minTarget: 0 });
    await designer.context.close();

    expect({ ...admin.walk.faults, ...designer.walk.faults }).toEqual({});
  });
});
