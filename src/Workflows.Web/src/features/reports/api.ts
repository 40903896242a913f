import { http, unwrap } from '../../api/http';
import type { Schemas } from '../../api/types';

export type ReportSummary = Schemas['ReportSummary'];
export type ReportResponse = Schemas['ReportResponse'];
export type Overview = Schemas['OverviewResponse'];

export const reportKeys = {
  list: (lang: string) => ['reports', lang] as const,
  report: (key: string, from: string, to: string, lang: string) => ['reports', key, from, to, lang] as const,
  overview: () => ['overview'] as const,
};

export const listReports = (lang: string) => unwrap(http.GET('/api/reports', { params: { query: { lang } } }));

export const getReport = (key: string, from: string, to: string, lang: string) =>
  unwrap(http.GET('/api/reports/{key}', { params: { path: { key }, query: { from, to, lang } } }));

export const getOverview = () => unwrap(http.GET('/api/overview'));

/** A download link: the browser sends the session cookie with a plain GET, and the file name comes from the server. */
export function exportUrl(key: string, from: string, to: string, lang: string, format: 'xlsx' | 'csv'): string {
  const query = new URLSearchParams({ from, to, lang, format });
  return `/api/reports/${encodeURIComponent(key)}?${query.toString()}`;
}

export function htcdsUrl(from: string, to: string, format: 'xlsx' | 'csv'): string {
  return `/api/reports/htcds/cases?${new URLSearchParams({ from, to, format }).toString()}`;
}
