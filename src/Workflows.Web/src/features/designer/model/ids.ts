/** Activity ids are what connections and the journal refer to: letters, digits, '-', '_' and '.' (no spaces). */
export const activityIdPattern = /^[A-Za-z][A-Za-z0-9_.-]*$/;

/** `base`, or `base2`, `base3`… — the first one not taken. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const clean = base.replace(/[^A-Za-z0-9_.-]/g, '') || 'activity';
  const start = /^[A-Za-z]/.test(clean) ? clean : `a${clean}`;
  if (!taken.has(start)) return start;
  const stem = start.replace(/\d+$/, '') || start;
  for (let n = 2; ; n++) {
    const candidate = `${stem}${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** A readable id for a new activity of a type: "task.human" → "human". */
export function idBaseForType(type: string): string {
  const last = type.split('.').pop() ?? type;
  return last.replace(/[^A-Za-z0-9]/g, '') || 'activity';
}
