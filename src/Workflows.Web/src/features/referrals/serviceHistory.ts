import type { ServiceDelivered } from './api';

/** What a record replaced, newest first: follows `supersedes` back to the first record of the service. */
export function earlierVersions(history: ServiceDelivered[], record: Pick<ServiceDelivered, 'supersedes'>): ServiceDelivered[] {
  const byId = new Map(history.map((r) => [r.id, r]));
  const earlier: ServiceDelivered[] = [];
  const seen = new Set<string>();
  for (let id = record.supersedes; id && !seen.has(id); ) {
    seen.add(id);
    const previous = byId.get(id);
    if (!previous) break;
    earlier.push(previous);
    id = previous.supersedes;
  }
  return earlier;
}

/** Records withdrawn by a void: the void itself (who/when) and what it withdrew, newest first. */
export function withdrawnRecords(history: ServiceDelivered[]): { voidedBy: ServiceDelivered; versions: ServiceDelivered[] }[] {
  return history
    .filter((r) => r.current && r.voided)
    .sort((a, b) => b.recordedAt.localeCompare(a.recordedAt))
    .map((voidedBy) => ({ voidedBy, versions: earlierVersions(history, voidedBy) }));
}
