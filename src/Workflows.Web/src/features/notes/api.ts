import { http, unwrap } from '../../api/http';
import type { Schemas } from '../../api/types';

export type CaseNote = Schemas['CaseNoteResponse'];

export const noteKeys = {
  ofCase: (caseId: string) => ['notes', caseId] as const,
};

export const notesApi = {
  list: (caseId: string, signal?: AbortSignal): Promise<CaseNote[]> =>
    unwrap(http.GET('/api/cases/{id}/notes', { params: { path: { id: caseId } }, signal })),
  write: (caseId: string, text: string, corrects?: string): Promise<CaseNote> =>
    unwrap(http.POST('/api/cases/{id}/notes', { params: { path: { id: caseId } }, body: { text, corrects: corrects ?? null } })),
};

/** Current notes newest first; corrected ones apart, for the history. */
export function splitNotes(notes: readonly CaseNote[]): { current: CaseNote[]; corrected: CaseNote[] } {
  return { current: notes.filter((n) => n.current), corrected: notes.filter((n) => !n.current) };
}
