import type { Json } from '../model/definition';

// Case profiles a coordinator starts from. The keys are the ones the shipped definitions read: the start inputs of
// identification-emergency (foreignNational, child) and case-intake (referredBy), and the triage screening form
// (imminentDanger, minor, traffickingIndicators, priority) and contact form (channel, language). No real person's data.

export interface Preset {
  id: string;
  /** i18n key in the viewer namespace. */
  labelKey: string;
  profile: { [key: string]: Json };
}

export const presets: Preset[] = [
  {
    id: 'adult-serbian',
    labelKey: 'simulation.presets.adultSerbian',
    profile: { foreignNational: false, child: false, minor: false, imminentDanger: false, traffickingIndicators: true, priority: 'medium', channel: 'phone', language: 'sr', referredBy: 'hotline' },
  },
  {
    id: 'foreign-national',
    labelKey: 'simulation.presets.foreignNational',
    profile: { foreignNational: true, child: false, minor: false, imminentDanger: false, traffickingIndicators: true, priority: 'medium', channel: 'referral', language: 'en', referredBy: 'police' },
  },
  {
    id: 'minor',
    labelKey: 'simulation.presets.minor',
    profile: { foreignNational: false, child: true, minor: true, imminentDanger: false, traffickingIndicators: true, priority: 'high', channel: 'phone', language: 'sr', referredBy: 'social-services' },
  },
  {
    id: 'high-priority',
    labelKey: 'simulation.presets.highPriority',
    profile: { foreignNational: false, child: false, minor: false, imminentDanger: true, traffickingIndicators: true, priority: 'high', channel: 'chat', language: 'sr', referredBy: 'hotline' },
  },
];

export function presetText(preset: Preset): string {
  return JSON.stringify(preset.profile, null, 2);
}
