import { outcomeOf, type ActivityDefinition, type ConnectionDefinition, type WorkflowDefinition } from '../model/definition';

// The version diff is computed in the browser from two stored bodies: the server keeps versions, not changes.
// Moving a node only changes its designer coordinates; those are reported apart so they do not bury real changes.

/** One field that differs; absent values are undefined (added or removed). */
export interface ValueChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ActivityChange {
  id: string;
  name: string;
  /** type, name, description and other top-level fields of the activity (designer excluded). */
  fields: ValueChange[];
  /** One entry per input key that differs, field = the input's name. */
  inputs: ValueChange[];
  /** The node also moved. */
  moved: boolean;
}

export interface ActivityMove {
  id: string;
  name: string;
  before?: { x: number; y: number };
  after?: { x: number; y: number };
}

export interface DefinitionDiff {
  added: ActivityDefinition[];
  removed: ActivityDefinition[];
  changed: ActivityChange[];
  movedOnly: ActivityMove[];
  connectionsAdded: ConnectionDefinition[];
  connectionsRemoved: ConnectionDefinition[];
  /** Top-level fields other than activities and connections (name, description, inputs, variables, …). */
  metadata: ValueChange[];
}

/** Key order never counts as a change: JSON objects are compared with sorted keys. */
export function canonical(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** How a value is shown in the diff: formatted JSON; an absent value is an empty string. */
export function formatValue(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value, null, 2);
}

function compareRecords(before: Record<string, unknown>, after: Record<string, unknown>, skip: ReadonlySet<string> = new Set()): ValueChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !skip.has(k));
  return keys
    .filter((k) => !sameValue(before[k], after[k]))
    .sort()
    .map((field) => ({ field, before: before[field], after: after[field] }));
}

function labelOf(activity: ActivityDefinition): string {
  return activity.name?.trim() || activity.id;
}

function connectionKey(connection: ConnectionDefinition): string {
  const { from, to, outcome: _outcome, ...rest } = connection;
  return `${from}\u0000${outcomeOf(connection)}\u0000${to}\u0000${canonical(rest)}`;
}

const activityOwnKeys = new Set(['id', 'inputs', 'designer']);
const definitionOwnKeys = new Set(['activities', 'connections']);

export function diffDefinitions(before: WorkflowDefinition, after: WorkflowDefinition): DefinitionDiff {
  const beforeById = new Map(before.activities.map((a) => [a.id, a]));
  const afterById = new Map(after.activities.map((a) => [a.id, a]));

  const added = after.activities.filter((a) => !beforeById.has(a.id));
  const removed = before.activities.filter((a) => !afterById.has(a.id));
  const changed: ActivityChange[] = [];
  const movedOnly: ActivityMove[] = [];

  for (const next of after.activities) {
    const previous = beforeById.get(next.id);
    if (!previous) continue;
    const fields = compareRecords(previous, next, activityOwnKeys);
    const inputs = compareRecords(previous.inputs ?? {}, next.inputs ?? {});
    const moved = !sameValue(previous.designer, next.designer);
    if (fields.length > 0 || inputs.length > 0) {
      changed.push({ id: next.id, name: labelOf(next), fields, inputs, moved });
    } else if (moved) {
      movedOnly.push({ id: next.id, name: labelOf(next), before: previous.designer, after: next.designer });
    }
  }

  const beforeConnections = new Map(before.connections.map((c) => [connectionKey(c), c]));
  const afterConnections = new Map(after.connections.map((c) => [connectionKey(c), c]));
  const connectionsAdded = [...afterConnections].filter(([k]) => !beforeConnections.has(k)).map(([, c]) => c);
  const connectionsRemoved = [...beforeConnections].filter(([k]) => !afterConnections.has(k)).map(([, c]) => c);

  const metadata = compareRecords(before, after, definitionOwnKeys);
  return { added, removed, changed, movedOnly, connectionsAdded, connectionsRemoved, metadata };
}

export function isEmptyDiff(diff: DefinitionDiff): boolean {
  return (
    diff.added.length + diff.removed.length + diff.changed.length + diff.movedOnly.length +
      diff.connectionsAdded.length + diff.connectionsRemoved.length + diff.metadata.length ===
    0
  );
}
