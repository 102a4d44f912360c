import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../lexicon/load.js';
import { entityKey } from './entity-key.js';
import { parseEntityResources } from './entity-resources.js';
import { lookupPhrase } from './gazetteer.js';
import { matchGazetteer } from './match-gazetteer.js';
import { clusterFingerprint } from './word-info.js';

const files = {
  world: 'روسیه\tcountry\tروسیه\tRUS\t\tcldr\nفدراسیون روسیه\tcountry\tروسیه\tRUS\t\tworld-countries\n',
  places: '# a comment\nمسکو\tcity\tمسکو\tRUS\t\nروسی\tdemonym\t\tRUS\t\n',
  organizations: 'وزارت امور خارجه\torganization\tوزارت امور خارجه\tIRN\tministry\nمهر\torganization\tخبرگزاری مهر\tIRN\tnews-agency\n',
  peopleWords: 'وزیر\trole\tوزیر\t\tGOV\nسرلشکر پاسدار\trank\tسرلشکر پاسدار\t\tMIL\n',
  givenNames: 'سرگئی\n',
  misc: 'برجام\tmisc\tبرجام\t\tagreement\n',
  ambiguous: 'مهر\n',
};

describe('gazetteers', () => {
  const resources = parseEntityResources(files);
  it.each([
    ['فدراسیون روسیه', { kind: 'country', canonical: 'روسیه', country: 'RUS' }],
    ['روسی', { kind: 'demonym', canonical: 'روسیه', country: 'RUS' }],
    ['وزارت امور خارجه', { kind: 'organization', subtype: 'ministry', country: 'IRN' }],
    ['سرلشکر پاسدار', { kind: 'rank' }],
    ['سرگئی', { kind: 'given-name' }],
    ['مهر', { kind: 'organization', ambiguous: true }],
  ])('%s', (phrase, entry) => {
    expect(lookupPhrase(resources.gazetteer, phrase)[0]).toMatchObject(entry);
  });

  it('a coined two-word name is found written as one word too; a state body\'s name is not (issue 4)', () => {
    const more = parseEntityResources({
      ...files,
      organizations: `${files.organizations}خبر پرس\torganization\tخبر پرس\tIRN\tnews-agency\nریاست جمهوری\torganization\tنهاد ریاست جمهوری\tIRN\tgovernment\n`,
    });
    expect(lookupPhrase(more.gazetteer, 'خبر‌پرس')[0]).toMatchObject({ kind: 'organization', canonical: 'خبر پرس' });
    expect(lookupPhrase(more.gazetteer, 'خبر پرس')[0]).toMatchObject({ kind: 'organization', canonical: 'خبر پرس' });
    expect(lookupPhrase(more.gazetteer, 'ریاست‌جمهوری')).toEqual([]);
  });

  it.each([
    ['وزیر امور خارجه فدراسیون روسیه', [[0, 1, 'role'], [3, 5, 'country']]],
    ['سرلشکر پاسدار در وزارت امور خارجه', [[0, 2, 'rank'], [3, 6, 'organization']]],
  ])('matches the longest phrases, left to right, over token keys: %s', (text, expected) => {
    const keys = text.split(' ').map(entityKey);
    expect(matchGazetteer(resources.gazetteer, keys).map((m) => [m.first, m.last, m.entries[0].kind])).toEqual(expected);
  });

  it('the committed tagger was trained with the word classes it is shipped with', () => {
    const lexicons = loadLexicons();
    expect(lexicons.entities?.modelClusters).toBe(clusterFingerprint(lexicons.morph?.clusters));
  });
});
