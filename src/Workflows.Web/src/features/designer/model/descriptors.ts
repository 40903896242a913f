import type { Schemas } from '../../../api/types';
import { defaultOutcome, type ActivityDefinition, type Json } from './definition';

export type ActivityType = Schemas['ActivityTypeResponse'];
export type ActivityInput = Schemas['ActivityInputResponse'];

/**
 * The outcomes an activity can end with, as the engine resolves them: a list of strings (task.human's `outcomes`)
 * replaces the descriptor's outcomes (a task with declared outcomes has no "Done"); a list of objects with `outcome`
 * (flow.switch's `cases`) comes before the descriptor's own (the switch keeps "Default").
 */
export function outcomesOf(activity: ActivityDefinition, descriptor: ActivityType | undefined): string[] {
  if (!descriptor) return [defaultOutcome];
  const inputName = descriptor.dynamicOutcomesInput;
  const value: Json | undefined = inputName ? activity.inputs?.[inputName] : undefined;
  if (!Array.isArray(value)) return [...descriptor.outcomes];
  const declared: string[] = [];
  let objects = false;
  for (const item of value) {
    let name: string | null = null;
    if (typeof item === 'string') name = item;
    else if (item && typeof item === 'object' && !Array.isArray(item)) {
      objects = true;
      const outcome = item.outcome;
      if (typeof outcome === 'string') name = outcome;
    }
    if (name && name.trim() !== '' && !declared.includes(name)) declared.push(name);
  }
  if (!objects && declared.length > 0) return declared;
  return [...declared, ...descriptor.outcomes.filter((o) => !declared.includes(o))];
}

export function descriptorMap(types: ActivityType[]): Map<string, ActivityType> {
  return new Map(types.map((t) => [t.key, t]));
}

/** Palette groups in the order categories first appear, each filtered by the search text. */
export function paletteGroups(types: ActivityType[], search: string): { category: string; types: ActivityType[] }[] {
  const needle = search.trim().toLowerCase();
  const groups = new Map<string, ActivityType[]>();
  for (const type of types) {
    const haystack = `${type.displayName} ${type.key} ${type.category} ${type.description ?? ''}`.toLowerCase();
    if (needle && !haystack.includes(needle)) continue;
    const list = groups.get(type.category) ?? [];
    list.push(type);
    groups.set(type.category, list);
  }
  return [...groups].map(([category, list]) => ({ category, types: list }));
}
