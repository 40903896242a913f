import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { call, tokenFor } from './support/api';
import { expectAccessible, launch, newPage, screenshot, signIn } from './support/browser';

const caseUrl = /\/cases\/([0-9a-f-]{36})$/;

/** A small real PDF: the server checks the content, not the name. */
function pdf(text: string): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nBT (${text}) Tj ET\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'ascii');
}

describe('case notes, documents and the readable timeline (issue 18)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a case manager adds a note and uploads a PDF at 390 px and sees both in the timeline; a coordinator switches to the technical view', async () => {
    const { context, page } = await newPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'casemanager@astra.local', '/cases/new');
    await page.getByRole('button', { name: 'Open case' }).click();
    await page.waitForURL(caseUrl);
    const heading = page.getByRole('heading', { level: 1, name: /^AS-\d{4}-/ });
    await heading.waitFor();
    const caseId = caseUrl.exec(new URL(page.url()).pathname)![1];

    const notes = page.getByRole('region', { name: 'Notes' });
    await notes.getByRole('textbox', { name: 'Add a note' }).fill('Client asked for the hearing to be explained in Romani.');
    await notes.getByRole('button', { name: 'Save note' }).click();
    await notes.getByText('Client asked for the hearing to be explained in Romani.').waitFor();

    const documents = page.getByRole('region', { name: 'Documents' });
    // An executable named .pdf is refused with the reason beside the field.
    await documents.getByLabel('File', { exact: true }).setInputFiles({ name: 'decision.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\x90\x00 This program cannot be run in DOS mode.', 'latin1') });
    await documents.getByRole('combobox', { name: 'What it is' }).selectOption('courtDecision');
    await documents.getByRole('button', { name: 'Upload', exact: true }).click();
    await documents.getByText(/content of this file is none of them/).waitFor();

    await documents.getByLabel('File', { exact: true }).setInputFiles({ name: 'court-decision.pdf', mimeType: 'application/pdf', buffer: pdf('Decision') });
    await documents.getByRole('button', { name: 'Upload', exact: true }).click();
    await documents.getByRole('link', { name: 'court-decision.pdf' }).waitFor();
    // The download is the file itself, through the audited endpoint.
    const download = await page.request.get(await documents.getByRole('link', { name: 'court-decision.pdf' }).getAttribute('href').then((h) => h!));
    expect(download.status()).toBe(200);
    expect((await download.body()).subarray(0, 5).toString('ascii')).toBe('%PDF-');

    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByText('Court decision added').waitFor();
    await timeline.getByText('Note added').waitFor();
    expect(await timeline.textContent()).toContain('Demo Case Manager');
    // No note text and no engine steps in the story.
    expect(await timeline.textContent()).not.toContain('Romani');
    expect(await timeline.getByRole('checkbox', { name: /Technical view/ }).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page);
    await screenshot(page, 'case-notes-documents-390');
    await context.close();

    const coordinator = await newPage(browser);
    await signIn(coordinator.page, 'coordinator@astra.local', `/cases/${caseId}`);
    const story = coordinator.page.getByRole('region', { name: 'Timeline' });
    await story.getByText('Court decision added').waitFor();
    // Coordinators read notes too (the team and coordinators).
    await coordinator.page.getByRole('region', { name: 'Notes' }).getByText(/explained in Romani/).waitFor();
    await story.getByRole('checkbox', { name: /Technical view/ }).check();
    expect(await story.getByText('Court decision added').count()).toBe(0);
    await expectAccessible(coordinator.page);
    await coordinator.context.close();
  });

  it('a document-retrieval task finishes with the document: chosen in the task form at 390 px, uploaded to the case, completed with its id', async () => {
    const coordinator = await tokenFor('coordinator@astra.local');
    const definitionId = 'e2e-retrieve-document';
    await call('PUT', `/api/definitions/${definitionId}`, coordinator, {
      schemaVersion: 1,
      definitionId,
      name: 'E2E: retrieve the power of attorney',
      activities: [
        { id: 'start', type: 'flow.start' },
        {
          id: 'poa',
          type: 'task.human',
          inputs: {
            taskType: 'e2e-retrieve-poa',
            title: 'Bring the signed power of attorney ({{ case.code }})',
            role: 'CaseManager',
            form: [{ name: 'signed', label: 'Signed power of attorney', type: 'file', kind: 'powerOfAttorney', required: true }],
          },
        },
        { id: 'end', type: 'flow.end' },
      ],
      connections: [
        { from: 'start', to: 'poa' },
        { from: 'poa', to: 'end' },
      ],
    });
    await call('POST', `/api/definitions/${definitionId}/publish`, coordinator, {});
    const manager = await tokenFor('casemanager@astra.local');
    const opened = await call<{ id: string }>('POST', '/api/cases', manager, {});
    await call('POST', '/api/instances', manager, { definitionId, caseId: opened.id, input: {} });
    const page1 = await call<{ items: { id: string; taskType: string }[] }>('GET', `/api/tasks?queue=available&caseId=${opened.id}`, manager);
    const taskId = page1.items.find((t) => t.taskType === 'e2e-retrieve-poa')!.id;

    const { context, page } = await newPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'casemanager@astra.local', `/tasks/${taskId}`);
    const form = page.getByRole('form', { name: 'Complete the task' });
    await form.waitFor();
    const field = form.getByLabel(/Signed power of attorney/);
    await field.setInputFiles({ name: 'punomocje.pdf', mimeType: 'application/pdf', buffer: pdf('Punomocje') });
    await form.getByText('Uploaded: punomocje.pdf').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page);
    await screenshot(page, 'task-file-field-390');
    await form.getByRole('button', { name: 'Done' }).click();
    await page.waitForURL(/\/tasks$/);

    const task = await call<{ status: string; data: Record<string, string> }>('GET', `/api/tasks/${taskId}`, manager);
    const documents = await call<{ id: string; kind: string; taskId: string }[]>('GET', `/api/cases/${opened.id}/documents`, manager);
    expect(task.status).toBe('completed');
    expect(documents).toEqual([expect.objectContaining({ id: task.data.signed, kind: 'powerOfAttorney', taskId })]);
    await context.close();
  });
});
