import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { storyDetails, storySentence } from './story';

const t = (lang: string) => i18n.getFixedT(lang);

describe('storySentence', () => {
  it('words coded arguments through their own texts in each language', () => {
    const item = { key: 'story.documentAdded', args: { documentKind: 'courtDecision', documentId: 'x' } };
    expect(storySentence(item, t('en'), 'en')).toBe('Court decision added');
    expect(storySentence(item, t('sr-Latn'), 'sr-Latn')).toBe('Dodat dokument: Sudska odluka');
    expect(storySentence(item, t('sr-Cyrl'), 'sr-Cyrl')).toBe('Додат документ: Судска одлука');
  });

  it('tells an accepted referral with its appointment and the services in the reader language', () => {
    const item = {
      key: 'story.referralAccepted',
      args: { partner: 'Clinic X', services: 'HIV test', 'services.sr-Latn': 'HIV test (sr)', appointmentAt: '2026-03-12T09:00:00Z' },
    };
    const en = storySentence(item, t('en'), 'en');
    expect(en).toContain('Clinic X accepted the referral for HIV test — appointment');
    expect(en).toContain('12');
    expect(storySentence(item, t('sr-Latn'), 'sr-Latn')).toContain('HIV test (sr)');
  });

  it('falls back for a key it does not know and shows task answers as details', () => {
    expect(storySentence({ key: 'story.somethingNew', args: {} }, t('en'), 'en')).toBe('Something happened');
    expect(storyDetails({ args: { outcome: 'Accepted', answers: 'Risk: high' } }, t('en'))).toEqual(['outcome: Accepted', 'Risk: high']);
  });
});
