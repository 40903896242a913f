import type { TaskFormFieldDefinition } from './api';

/** The kinds of field a task form declares (TaskFormField.cs); anything else is shown as text. */
export type FieldKind = 'text' | 'number' | 'date' | 'boolean' | 'choice' | 'file';

export function kindOf(field: TaskFormFieldDefinition): FieldKind {
  const type = field.type.toLowerCase();
  return type === 'number' || type === 'date' || type === 'boolean' || type === 'choice' || type === 'file' ? type : 'text';
}

/** The document kind a file field's upload gets: the one the definition names, else "other" (as the API allows). */
export function documentKindOf(field: TaskFormFieldDefinition): string {
  return field.kind ?? 'other';
}

/** What the inputs hold: text for everything typed (so "1," can be shown back and corrected), booleans for checkboxes. */
export type FormValues = Record<string, string | boolean>;

export function initialValues(fields: TaskFormFieldDefinition[]): FormValues {
  return Object.fromEntries(fields.map((f) => [f.name, kindOf(f) === 'boolean' ? false : '']));
}

/** A problem found before sending, as an i18n key in the tasks namespace with its values. */
export interface FieldProblem {
  key: 'form.required' | 'form.number' | 'form.date' | 'form.choice';
  values?: Record<string, string>;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidDate(text: string): boolean {
  const match = isoDate.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function parseNumber(text: string): number | null {
  const normalised = text.trim().replace(',', '.');
  if (normalised === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

function isEmpty(value: string | boolean | undefined): boolean {
  return value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** The same checks the API makes (TaskForm.CheckData), so most mistakes are caught before a round trip. */
export function validateField(field: TaskFormFieldDefinition, value: string | boolean | undefined): FieldProblem | null {
  const kind = kindOf(field);
  // A checkbox always has an answer (ticked or not), so "required" cannot fail for it.
  if (kind === 'boolean') return null;
  if (isEmpty(value)) return field.required ? { key: 'form.required' } : null;
  const text = String(value).trim();
  if (kind === 'number' && parseNumber(text) === null) return { key: 'form.number' };
  if (kind === 'date' && !isValidDate(text)) return { key: 'form.date' };
  if (kind === 'choice' && !(field.options ?? []).includes(text)) return { key: 'form.choice', values: { options: (field.options ?? []).join(', ') } };
  return null;
}

export function validateForm(fields: TaskFormFieldDefinition[], values: FormValues): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  for (const field of fields) {
    const problem = validateField(field, values[field.name]);
    if (problem) problems[field.name] = problem;
  }
  return problems;
}

/** The JSON the API expects: numbers as numbers, booleans as booleans, empty answers left out. */
export function toData(fields: TaskFormFieldDefinition[], values: FormValues): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.name];
    const kind = kindOf(field);
    if (kind === 'boolean') {
      data[field.name] = value === true;
      continue;
    }
    if (isEmpty(value)) continue;
    const text = String(value).trim();
    data[field.name] = kind === 'number' ? (parseNumber(text) ?? text) : kind === 'text' ? String(value) : text;
  }
  return data;
}

/** A completed task's stored answer, as text for the read-only view. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}
