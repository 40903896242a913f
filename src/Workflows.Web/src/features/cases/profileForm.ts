import type { Schemas } from '../../api/types';

export type CaseProfile = Schemas['CaseProfileDto'];

/** The codes of the coded case profile, as the API accepts them (docs/reports.md). */
export const profileCodes = {
  sex: ['female', 'male', 'other', 'unknown'],
  ageGroup: ['0-13', '14-17', '18-24', '25-34', '35-49', '50+', 'unknown'],
  exploitation: ['sexual', 'labour', 'begging', 'criminality', 'forcedMarriage', 'domesticServitude', 'organRemoval', 'other'],
  place: ['internal', 'international', 'both'],
  status: ['potential', 'formallyIdentified'],
  by: ['stateCentre', 'socialWork'],
  referralSource: ['police', 'socialWork', 'stateCentre', 'ngo', 'selfReferral', 'family', 'hotline', 'other'],
} as const;

/** The form's state: every field a string ('' for unknown/none) and the exploitation list. */
export interface ProfileForm {
  sex: string;
  ageGroup: string;
  citizenship: string;
  exploitation: string[];
  place: string;
  status: string;
  on: string;
  by: string;
  referralSource: string;
}

export function toForm(p: CaseProfile): ProfileForm {
  return {
    sex: p.sex ?? 'unknown',
    ageGroup: p.ageGroup ?? 'unknown',
    citizenship: p.citizenship ?? '',
    exploitation: [...(p.exploitation ?? [])],
    place: p.place ?? '',
    status: p.identification?.status ?? 'potential',
    on: p.identification?.on ?? '',
    by: p.identification?.by ?? '',
    referralSource: p.referralSource ?? '',
  };
}

/** The PUT body: empty means unknown (null); a potential victim has no identification date or identifier. */
export function toBody(f: ProfileForm): CaseProfile {
  const formal = f.status === 'formallyIdentified';
  return {
    sex: f.sex,
    ageGroup: f.ageGroup,
    citizenship: f.citizenship.trim() === '' ? null : f.citizenship.trim().toUpperCase(),
    exploitation: f.exploitation,
    place: f.place === '' ? null : f.place,
    identification: { status: f.status, on: formal && f.on !== '' ? f.on : null, by: formal && f.by !== '' ? f.by : null },
    referralSource: f.referralSource === '' ? null : f.referralSource,
  };
}
