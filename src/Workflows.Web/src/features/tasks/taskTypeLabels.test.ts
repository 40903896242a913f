import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../i18n/locales/en/queues.json';
import srLatn from '../../i18n/locales/sr-Latn/queues.json';

// The shipped workflows' task types: the queue's type filter names each one in the reader's language.
const definitions = resolve(import.meta.dirname, '../../../../../definitions');

function shippedTaskTypes(): string[] {
  const types = new Set<string>();
  for (const file of readdirSync(definitions).filter((f) => f.endsWith('.workflow.json'))) {
    const definition = JSON.parse(readFileSync(join(definitions, file), 'utf8')) as {
      activities: { type: string; inputs?: { taskType?: string } }[];
    };
    for (const activity of definition.activities) {
      if (activity.type === 'task.human' && activity.inputs?.taskType) types.add(activity.inputs.taskType);
    }
  }
  return [...types].sort();
}

describe('task type labels', () => {
  it('names every task type of the shipped workflows in English and Serbian', () => {
    const types = shippedTaskTypes();
    expect(types.length).toBeGreaterThan(40);
    const labels = { en: en.taskTypes as Record<string, string>, 'sr-Latn': srLatn.taskTypes as Record<string, string> };
    expect(types.filter((t) => !labels.en[t])).toEqual([]);
    expect(types.filter((t) => !labels['sr-Latn'][t])).toEqual([]);
  });
});
