import { problemOf, send } from '../../api/client';
import { http, unwrap } from '../../api/http';
import type { Schemas } from '../../api/types';

export type CaseDocument = Schemas['CaseDocumentResponse'];

/** The kinds the API accepts (DocumentKinds on the server). */
export const documentKinds = ['powerOfAttorney', 'courtDecision', 'medicalFinding', 'identityDocument', 'other'] as const;

export const maxBytes = 20 * 1024 * 1024;

export const documentKeys = {
  ofCase: (caseId: string) => ['documents', caseId] as const,
};

export const documentsApi = {
  list: (caseId: string, signal?: AbortSignal): Promise<CaseDocument[]> =>
    unwrap(http.GET('/api/cases/{id}/documents', { params: { path: { id: caseId } }, signal })),
  /**
   * Multipart, so through the transport directly: the typed client's transport sends JSON only. Same cookies,
   * antiforgery header and ProblemDetails handling.
   */
  upload: async (caseId: string, file: File, kind: string, taskId?: string): Promise<CaseDocument> => {
    const form = new FormData();
    form.append('file', file, file.name);
    form.append('kind', kind);
    if (taskId) form.append('taskId', taskId);
    const response = await send('POST', `/api/cases/${encodeURIComponent(caseId)}/documents`, form);
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) throw problemOf(response, body);
    return body as CaseDocument;
  },
  remove: (id: string): Promise<void> => unwrap(http.DELETE('/api/documents/{id}', { params: { path: { id } } })).then(() => undefined),
  /** Opened by the browser with the session cookie; the server audits the download. */
  contentUrl: (id: string) => `/api/documents/${encodeURIComponent(id)}/content`,
};

/** "1.2 MB", "340 kB": sizes as people read them. */
export function formatSize(bytes: number, language: string): string {
  const format = (n: number) => n.toLocaleString(language === 'en' ? 'en-GB' : 'sr-Latn-RS', { maximumFractionDigits: 1 });
  if (bytes >= 1024 * 1024) return `${format(bytes / (1024 * 1024))} MB`;
  return `${format(Math.max(1, Math.round(bytes / 1024)))} kB`;
}
