import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectAccessible, launch, newPage, screenshot, signIn } from './support/browser';
import { call, tokenFor } from './support/api';
import { addDays } from '../src/lib/dates';
import { belgradeDay } from '../src/i18n/belgradeTime';

// Issue 18.7. The test makes its own case (coordinator@ opens it; coordinator@ and lawyer@ on its team, lawyer@ leads a
// proceeding) and produces one e-mail of each kind lawyer@ gets: a task assigned to him, a hard legal deadline that
// escalates at once (due in two days), and the one-day alert of a hearing scheduled a day and a minute ahead. It reads
// the e-mails from the SMTP catcher and follows each one's link in Chromium, then uses the bell. It changes no demo story.

interface Mail {
  subject: string;
  text?: string;
  to: { address: string }[];
}

const lawyerEmail = 'lawyer@astra.local';

/** The path of the link in the e-mail to lawyer@ that names `code` and whose subject matches; waits for the outbox. */
async function mailLink(code: string, subject: RegExp, timeoutMs = 150_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const mails = (await (await fetch(`${inject('inboxUrl')}/email`)).json()) as Mail[];
    const mail = mails.find(
      (m) => m.to.some((a) => a.address.toLowerCase() === lawyerEmail) && subject.test(m.subject) && (m.subject + (m.text ?? '')).includes(code),
    );
    const link = /https?:\/\/\S+/.exec(mail?.text ?? '')?.[0];
    if (link) return new URL(link).pathname;
    await new Promise((r) => setTimeout(r, 1_000));
  }
  throw new Error(`No e-mail to ${lawyerEmail} matching ${subject} for ${code} within ${timeoutMs / 1000} s`);
}

interface Fixture {
  caseId: string;
  code: string;
  taskId: string;
}

async function createFixture(): Promise<Fixture> {
  const coordinator = await tokenFor('coordinator@astra.local');
  const coordinatorId = (await call<{ id: string }>('GET', '/api/me', coordinator)).id;
  const lawyerId = (await call<{ id: string }>('GET', '/api/me', await tokenFor(lawyerEmail))).id;
  const created = await call<{ id: string; code: string }>('POST', '/api/cases', coordinator, {});
  await call('PUT', `/api/cases/${created.id}/team`, coordinator, { members: [{ userId: coordinatorId }, { userId: lawyerId }] });
  const proceeding = await call<{ id: string }>('POST', `/api/cases/${created.id}/proceedings`, coordinator, {
    kind: 'criminal',
    court: 'Higher Court in Belgrade',
    courtCaseNumber: 'K-1/26',
    clientRole: 'injuredParty',
    leadLawyerId: lawyerId,
    lawyerIds: [],
  });
  // Served 13 days ago, a criminal appeal (15 days) ends within days: its D-3 escalation is already due.
  await call('POST', `/api/proceedings/${proceeding.id}/deadlines`, coordinator, { kind: 'criminal-appeal', servedOn: addDays(belgradeDay(new Date()), -13) });
  const startsAt = new Date(Date.now() + 24 * 3600_000 + 70_000).toISOString();
  await call('POST', `/api/proceedings/${proceeding.id}/hearings`, coordinator, { startsAt, kind: 'mainTrial', room: '7', confirmNonWorkingDay: true });

  await call('POST', '/api/instances', coordinator, { definitionId: 'foreign-nationals', caseId: created.id, input: null });
  // The engine may create the task just after the start returns (no expect.poll: this runs in beforeAll).
  let taskId = '';
  for (let i = 0; i < 30 && !taskId; i++) {
    const detail = await call<{ openTasks: { id: string }[] }>('GET', `/api/cases/${created.id}`, coordinator);
    taskId = detail.openTasks[0]?.id ?? '';
    if (!taskId) await new Promise((r) => setTimeout(r, 500));
  }
  if (!taskId) throw new Error('foreign-nationals made no task');
  await call('POST', `/api/tasks/${taskId}/assign`, coordinator, { userId: lawyerId });
  return { caseId: created.id, code: created.code, taskId };
}

describe('notifications and e-mail links', () => {
  let browser: Browser;
  let fixture: Fixture;
  beforeAll(async () => {
    browser = await launch();
    fixture = await createFixture();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('opens a real page from the link of every e-mail kind a lawyer gets', { timeout: 240_000 }, async () => {
    const task = await mailLink(fixture.code, /Task assigned/);
    const deadline = await mailLink(fixture.code, /Legal deadline/);
    const hearing = await mailLink(fixture.code, /Hearing/);
    expect(task).toBe(`/tasks/${fixture.taskId}`);
    expect(deadline).toMatch(/^\/deadlines\/[0-9a-f-]{36}$/);
    expect(hearing).toMatch(/^\/hearings\/[0-9a-f-]{36}$/);

    const { context, page } = await newPage(browser);
    await signIn(page, lawyerEmail, task);
    await page.getByRole('heading', { level: 1, name: `Book an interpreter (${fixture.code})` }).waitFor();

    for (const path of [deadline, hearing]) {
      await page.goto(path);
      // The case page, where the proceeding shows the hearing and the deadline.
      await page.waitForURL(`**/cases/${fixture.caseId}#case-proceedings`);
      await page.getByRole('heading', { level: 1, name: fixture.code }).waitFor();
      await page.getByRole('heading', { name: 'Court proceedings' }).waitFor();
    }
    // A link to something not shared says so instead of a blank page.
    await page.goto('/deadlines/0193a1b2-0000-7000-8000-000000000001');
    await page.getByText('This deadline does not exist or is not shared with you.').waitFor();
    await context.close();
  });

  it('shows the unread count in the bell, opens a notice, and marks all read (also at 390 px)', { timeout: 240_000 }, async () => {
    await mailLink(fixture.code, /Hearing/);
    const { context, page } = await newPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, lawyerEmail, '/legal');
    const bell = page.getByRole('button', { name: /^Notifications, \d+ unread$/ });
    await bell.waitFor();
    // The bell first shows the count it has (0) and then the server's, which may still be catching up with the alerts.
    const unreadNow = async () => Number(/(\d+) unread/.exec((await bell.getAttribute('aria-label')) ?? '')?.[1]);
    await expect.poll(unreadNow, { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    const unread = await unreadNow();

    await bell.click();
    const panel = page.getByRole('region', { name: 'Notifications' });
    await panel.waitFor();
    const box = await panel.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await expectAccessible(page);
    await screenshot(page, 'notifications-bell-390');

    // The deadline notice opens the case; it is read from then on.
    const notice = panel.locator('li[data-notice="deadline-escalation"]').filter({ hasText: fixture.code }).first();
    await notice.getByRole('link').click();
    await page.waitForURL(`**/cases/${fixture.caseId}#case-proceedings`);
    await expect.poll(async () => page.getByRole('button', { name: /^Notifications, \d+ unread$/ }).getAttribute('aria-label')).toBe(`Notifications, ${unread - 1} unread`);

    await page.getByRole('button', { name: /^Notifications, \d+ unread$/ }).click();
    await page.getByRole('button', { name: 'Mark all read' }).click();
    await page.getByRole('button', { name: 'Notifications, 0 unread' }).waitFor();
    expect(await panel.locator('li.unread').count()).toBe(0);
    await context.close();
  });
});
