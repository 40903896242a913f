// The workflow definition format of definitions/*.workflow.json (DESIGN.md §4), as the designer reads and writes it.
// Unknown fields are kept as they are, so a definition saved by the designer loses nothing it did not edit.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface DesignerPosition {
  x: number;
  y: number;
}

export interface ActivityDefinition {
  id: string;
  type: string;
  name?: string;
  description?: string;
  inputs?: Record<string, Json>;
  designer?: DesignerPosition;
  [extra: string]: unknown;
}

export interface ConnectionDefinition {
  from: string;
  to: string;
  /** Absent means the default outcome, "Done". */
  outcome?: string;
  [extra: string]: unknown;
}

/** An event people may raise through the API for this workflow, and the roles allowed to. */
export interface EventDeclaration {
  name: string;
  roles: string[];
}

export interface WorkflowDefinition {
  schemaVersion: number;
  definitionId: string;
  name: string;
  description?: string;
  events?: EventDeclaration[];
  /** Absent: anyone who sees the case may start it. */
  startRoles?: string[];
  inputs?: Json[];
  variables?: Json[];
  activities: ActivityDefinition[];
  connections: ConnectionDefinition[];
  /** Translations: language → catalogue keyed by the path of the English text (ADR 0042). */
  texts?: Record<string, Record<string, string>>;
  [extra: string]: unknown;
}

export const defaultOutcome = 'Done';

export function outcomeOf(connection: ConnectionDefinition): string {
  return connection.outcome ?? defaultOutcome;
}
