import { type Doc, normToOrig, origToNorm, type Span } from '../../src/doc/index.js';
import type { Stage } from '../../src/pipeline/stage.js';
import { CITIES, COUNTRIES, ORGANIZATIONS, PEOPLE } from '../corpus/vocabulary.js';

/** ISO 3166-1 alpha-3 of the generator's countries. */
const CODES: Record<string, string> = {
  روسیه: 'RUS', چین: 'CHN', ترکیه: 'TUR', عراق: 'IRQ', عمان: 'OMN', هند: 'IND', آلمان: 'DEU', قطر: 'QAT', پاکستان: 'PAK',
  ارمنستان: 'ARM', آذربایجان: 'AZE', ونزوئلا: 'VEN', برزیل: 'BRA', اندونزی: 'IDN', مالزی: 'MYS',
};

interface Name {
  id: string;
  type: 'person' | 'place' | 'organization';
  canonical: string;
  country: string;
  role?: string;
}

const NAMES: Name[] = [
  ...PEOPLE.map(([person, role], i): Name => ({ id: `p${i}`, type: 'person', canonical: person, role, country: CODES[COUNTRIES.find((c) => role.endsWith(c)) ?? ''] ?? 'IRN' })),
  ...COUNTRIES.map((country, i): Name => ({ id: `c${i}`, type: 'place', canonical: country, country: CODES[country] })),
  ...CITIES.map((city, i): Name => ({ id: `t${i}`, type: 'place', canonical: city, country: 'IRN' })),
  ...ORGANIZATIONS.map((org, i): Name => ({ id: `o${i}`, type: 'organization', canonical: org, country: 'IRN' })),
];

const TRIGGERS: [RegExp, string][] = [[/دیدار|گفت‌وگو|رایزنی/, 'CONSULT'], [/توافق|امضا/, 'AGREE'], [/حمایت/, 'SUPPORT'], [/همکاری/, 'COOPERATE']];

function find(text: string, word: string): Span[] {
  const out: Span[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) out.push({ start: at, end: at + word.length });
  return out;
}

/**
 * A fast stand-in for the entity, quote and event stages, for building large benchmark corpora: it
 * knows the generator's vocabulary (its people with their roles, countries, cities, organizations),
 * finds them in the normalized text, takes `گفت: «...»` as a quote of the person named last before
 * it, and a sentence with a meeting, agreement, support or cooperation word and two named parties
 * as an event between them. Written for the benchmark; the shapes are those `doc-layers.ts` reads.
 */
export function createVocabularyStage(): Stage {
  return {
    name: 'bench-vocabulary', version: '1', requires: ['norm', 'sentences'], assigns: ['entities', 'quotes', 'events'],
    run(doc: Doc): Doc {
      const norm = doc.norm;
      if (!norm) return doc;
      const toOrig = (span: Span): Span => {
        const [start, end] = normToOrig(norm.alignment, span.start, span.end);
        return { start, end };
      };
      const found = NAMES.map((name) => ({ name, spans: find(norm.text, name.canonical).map(toOrig) })).filter((f) => f.spans.length > 0);
      const entities = found.map(({ name, spans }) => ({
        id: name.id, type: name.type, canonical: name.canonical, attributes: { country: name.country, ...(name.role ? { role: name.role } : {}) },
        mentions: spans.map((span) => ({ ...span, kind: 'name' })),
      }));
      const mentions = found.flatMap(({ name, spans }) => spans.map((span) => ({ ...span, name }))).sort((a, b) => a.start - b.start);
      const quotes = [...doc.text.matchAll(/(?:گفت|افزود)\s*:\s*«[^»\n]*»/g)].map((m) => {
        const start = doc.text.indexOf('«', m.index);
        const speaker = mentions.filter((x) => x.name.type === 'person' && x.end <= start).pop();
        return { start, end: m.index + m[0].length, speaker: speaker?.name.id, cue: 'گفت', kind: 'direct' };
      });
      const events = (doc.layers.sentences ?? []).flatMap((sentence) => {
        const type = TRIGGERS.find(([pattern]) => pattern.test(norm.text.slice(...origToNorm(norm.alignment, sentence.start, sentence.end))))?.[1];
        const parties = [...new Map(mentions.filter((x) => x.start >= sentence.start && x.end <= sentence.end && x.name.type !== 'organization').map((x) => [x.name.id, x.name])).values()];
        if (!type || parties.length < 2) return [];
        return [{ start: sentence.start, end: sentence.end, type, actor: parties[0].id, recipient: parties[1].id, modality: 'asserted' }];
      });
      Object.assign(doc.layers, { entities, quotes, events });
      return doc;
    },
  };
}
