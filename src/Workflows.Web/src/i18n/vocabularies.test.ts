import { describe, expect, it } from 'vitest';
import { classBody, readModuleFile, stringConstants, stringList } from '../test/csharp';
import { languages } from './index';
import { loadResources } from './resources';

type Tree = { [key: string]: string | Tree };

const resources = loadResources();

function label(language: (typeof languages)[number], namespace: string, path: string): string | undefined {
  let node: string | Tree | undefined = resources[language][namespace];
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** The server's coded vocabularies the web app shows, and where their labels live (namespace, key prefix). */
const vocabularies: { source: string; className: string; list: string; namespace: string; prefix: string }[] = [
  { source: 'Referrals/Catalogue/PartnerKinds.cs', className: 'PartnerKinds', list: 'All', namespace: 'referrals', prefix: 'kind' },
  { source: 'Referrals/Catalogue/PartnerKinds.cs', className: 'ReferralVocabulary', list: 'Urgencies', namespace: 'referrals', prefix: 'urgency' },
  { source: 'Referrals/Catalogue/PartnerKinds.cs', className: 'ReferralVocabulary', list: 'Answers', namespace: 'referrals', prefix: 'status' },
  { source: 'Referrals/Catalogue/PartnerKinds.cs', className: 'ReferralVocabulary', list: 'Outcomes', namespace: 'referrals', prefix: 'outcome' },
  { source: 'Referrals/Catalogue/PartnerKinds.cs', className: 'ReferralVocabulary', list: 'DeclineReasons', namespace: 'referrals', prefix: 'declineReason' },
  { source: 'Cases/Privacy/ConsentPurposes.cs', className: 'ConsentPurposes', list: 'Sharing', namespace: 'referrals', prefix: 'purpose' },
  { source: 'Hotline/Contacts/ContactVocabulary.cs', className: 'ContactVocabulary', list: 'Channels', namespace: 'hotline', prefix: 'channel' },
  { source: 'Hotline/Contacts/ContactVocabulary.cs', className: 'ContactVocabulary', list: 'Directions', namespace: 'hotline', prefix: 'direction' },
  { source: 'Hotline/Contacts/ContactVocabulary.cs', className: 'ContactVocabulary', list: 'CallerTypes', namespace: 'hotline', prefix: 'callerType' },
  { source: 'Hotline/Contacts/ContactVocabulary.cs', className: 'ContactVocabulary', list: 'Topics', namespace: 'hotline', prefix: 'topics' },
  { source: 'Hotline/Contacts/ContactVocabulary.cs', className: 'ContactVocabulary', list: 'Exploitation', namespace: 'hotline', prefix: 'exploitation' },
  { source: 'Hotline/Contacts/ContactVocabulary.cs', className: 'ContactVocabulary', list: 'MinorInvolved', namespace: 'hotline', prefix: 'minor' },
  { source: 'Hotline/Contacts/ContactVocabulary.cs', className: 'ContactVocabulary', list: 'Outcomes', namespace: 'hotline', prefix: 'outcome' },
  { source: 'Hotline/Contacts/ContactVocabulary.cs', className: 'ContactVocabulary', list: 'Priorities', namespace: 'hotline', prefix: 'open.priorities' },
  ...['Sexes', 'AgeGroups', 'Exploitations', 'Places', 'IdentificationStatuses', 'Identifiers', 'ReferralSources'].map((list) => ({
    source: 'Reports/Contracts/ProfileCodes.cs', className: 'ProfileCodes', list, namespace: 'cases', prefix: 'profile.codes',
  })),
];

describe('labels of the server vocabularies', () => {
  it.each(vocabularies)('$list of $className has a label in every language ($namespace: $prefix)', ({ source, className, list, namespace, prefix }) => {
    const codes = stringList(readModuleFile(source), className, list);
    expect(codes.length).toBeGreaterThan(1);
    for (const language of languages) {
      const missing = codes.filter((code) => !label(language, namespace, `${prefix}.${code}`)?.trim());
      expect(missing, `${language} ${namespace}:${prefix}`).toEqual([]);
    }
  });

  it('labels every referral status the server stores', () => {
    const statuses = [...stringConstants(classBody(readModuleFile('Referrals/Storage/ReferralEntity.cs'), 'ReferralStatuses')).values()];
    expect(statuses).toContain('notSent');
    for (const language of languages) expect(statuses.filter((s) => !label(language, 'referrals', `status.${s}`))).toEqual([]);
  });

  it('writes the labels in Cyrillic and keeps codes and acronyms Latin', () => {
    expect(label('sr-Cyrl', 'referrals', 'kind.socialWork')).toBe('Центар за социјални рад');
    expect(label('sr-Cyrl', 'referrals', 'kind.iom')).toBe('IOM');
    expect(label('sr-Cyrl', 'referrals', 'purpose.sharing-iom')).toBe('дељење са IOM');
    expect(label('sr-Cyrl', 'hotline', 'channel.mobileTeam')).toBe('Мобилни тим');
    expect(label('sr-Cyrl', 'cases', 'profile.codes.50+')).toBe('50+');
    expect(label('sr-Cyrl', 'cases', 'profile.codes.female')).toBe('Женско');
  });
});
