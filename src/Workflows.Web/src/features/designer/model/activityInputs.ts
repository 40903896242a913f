import { useTranslation } from 'react-i18next';
import type { ActivityInput } from './descriptors';

/**
 * Every input of every activity type the server ships (src/Workflows.Activities and the modules' Activities folders),
 * with the inputs that have help text and the literal options of drop-downs. The property panel words them from the
 * activityInputs namespace; activityInputs.test.ts fails when one of these has no text in English or Serbian, so a new
 * input added on the server belongs here too. Types not listed (a future module) fall back to the descriptor's words.
 */
export const shippedActivityInputs: Record<string, Record<string, { help?: boolean; options?: readonly string[] }>> = {
  'flow.decision': { condition: { help: true } },
  'flow.join': { mode: { help: true, options: ['all', 'any'] } },
  'flow.switch': { cases: { help: true } },
  'workflow.start': { definitionId: { help: true }, input: { help: true } },
  'log.note': { text: { help: true } },
  'event.wait': { event: { help: true }, resultVariable: { help: true } },
  'vars.set': { name: { help: true }, value: { help: true } },
  'timer.until': { until: { help: true } },
  'timer.delay': { duration: { help: true } },
  'case.phase': { phase: { options: ['identification', 'emergency', 'recovery', 'reintegration', 'closure'] } },
  'case.profile.set': { profile: { help: true } },
  'legal.deadline': { deadlineId: { help: true } },
  'referral.send': {
    partnerId: { help: true },
    partnerKind: {
      help: true,
      options: ['clinic', 'forensic', 'socialWork', 'police', 'prosecutor', 'court', 'shelter', 'stateCentre', 'iom', 'embassy', 'ngo', 'employment', 'education', 'other'],
    },
    city: { help: true },
    services: { help: true },
    urgency: { options: ['routine', 'urgent', 'emergency'] },
    respondWithin: { help: true },
    reason: { help: true },
    interpreterLanguage: { help: true },
    contactUserId: { help: true },
    overrideReason: { help: true },
    resultVariable: { help: true },
  },
  'task.human': {
    taskType: { help: true },
    title: {},
    description: {},
    role: { help: true },
    assignee: { help: true },
    due: { help: true },
    followUp: { help: true },
    priority: { options: ['low', 'normal', 'high', 'urgent'] },
    form: { help: true },
    outcomes: { help: true },
    escalations: { help: true },
    resultVariable: { help: true },
  },
};

/** Keys in the activityInputs namespace: the type's dots nest like any key ("task.human" → task → human). */
export const inputTextKey = {
  label: (type: string, input: string) => `${type}.${input}.label`,
  help: (type: string, input: string) => `${type}.${input}.help`,
  option: (type: string, input: string, value: string) => `${type}.${input}.options.${value}`,
};

/** An input as the panel has it (a descriptor's), or only its name (the instance viewer, which has no descriptors). */
type NamedInput = Pick<ActivityInput, 'name'> & Partial<Pick<ActivityInput, 'displayName' | 'description'>>;

export interface InputTexts {
  /** The activity type the texts are of. */
  type: string;
  label: (input: NamedInput) => string;
  help: (input: NamedInput) => string;
  option: (input: ActivityInput, value: string) => string;
}

/** An activity type's input labels, help and option words in the reader's language; the descriptor's own words otherwise. */
export function useInputTexts(type: string): InputTexts {
  const { t } = useTranslation('activityInputs');
  return {
    type,
    label: (input) => t(inputTextKey.label(type, input.name), { defaultValue: input.displayName || input.name }),
    help: (input) => t(inputTextKey.help(type, input.name), { defaultValue: input.description ?? '' }),
    option: (input, value) => t(inputTextKey.option(type, input.name, value), { defaultValue: value }),
  };
}
