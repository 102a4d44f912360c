import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPENINGS, TOPICS } from './templates.js';
import { AGENCIES, CITIES, COUNTRIES, MONTHS, ORGANIZATIONS, PEOPLE, PROJECTS, SUBJECTS, WEEKDAYS } from './vocabulary.js';

/** A generated report: which story it tells (copies share it), its headline, body and metadata. */
export interface GeneratedReport {
  story: number;
  title: string;
  /** Paragraphs of the body, one per line in `text`. */
  paragraphs: string[];
  source: string;
  published: string;
}

/** A small seeded PRNG (mulberry32), so that every run generates the same corpus. */
export function createRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: () => number, items: readonly T[]): T => items[Math.floor(rng() * items.length)];
const persianDigits = (n: number): string => String(n).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]);

function shuffle<T>(rng: () => number, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** Paragraphs of the writer's sample reports (`examples/reports/*.txt`), when present. */
export function exampleParagraphs(root: string): string[] {
  const dir = join(root, 'examples', 'reports');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()
    .flatMap((name) => readFileSync(join(dir, name), 'utf8').split('\n').map((line) => line.trim()).filter((line) => line.length > 60));
}

function fill(template: string, rng: () => number, agency: string, lead = ''): string {
  const [person, role] = pick(rng, PEOPLE);
  const [person2, role2] = pick(rng, PEOPLE);
  const values: Record<string, string> = {
    person, role, person2, role2, agency, lead, day: persianDigits(1 + Math.floor(rng() * 29)), country: pick(rng, COUNTRIES), country2: pick(rng, COUNTRIES), city: pick(rng, CITIES), city2: pick(rng, CITIES),
    org: pick(rng, ORGANIZATIONS), subject: pick(rng, SUBJECTS), subject2: pick(rng, SUBJECTS), project: pick(rng, PROJECTS),
    n: persianDigits(2 + Math.floor(rng() * 90)), n2: persianDigits(2 + Math.floor(rng() * 400)), n3: persianDigits(2 + Math.floor(rng() * 12)),
    weekday: pick(rng, WEEKDAYS), month: pick(rng, MONTHS), year: persianDigits(1400 + Math.floor(rng() * 8)),
  };
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

const ALL_PARAGRAPHS = Object.values(TOPICS).flatMap((topic) => topic.paragraphs);

/**
 * One story of about `targetChars` characters: an opening with a source line and a lead from one
 * topic, then paragraphs drawn from every topic's templates and the writer's sample reports, each
 * filled with its own names, places and numbers. Published between 1403-01-01 and 1403-12-29.
 */
export function generateStory(rng: () => number, story: number, extra: readonly string[], targetChars = 2300): GeneratedReport {
  const agency = pick(rng, AGENCIES);
  const topic = pick(rng, Object.values(TOPICS));
  const lead = fill(pick(rng, topic.leads), rng, agency);
  const paragraphs = [fill(pick(rng, OPENINGS), rng, agency, lead)];
  const pool = shuffle(rng, [...topic.paragraphs, ...ALL_PARAGRAPHS, ...extra]);
  for (const template of pool) {
    if (paragraphs.join('\n').length >= targetChars) break;
    paragraphs.push(fill(template, rng, agency));
  }
  const words = lead.replace(/[.،:«»]/g, '').split(' ');
  const day = new Date(Date.UTC(2024, 2, 20) + Math.floor(rng() * 365) * 86_400_000).toISOString().slice(0, 10);
  return { story, title: words.slice(0, 6 + Math.floor(rng() * 4)).join(' '), paragraphs, source: agency, published: day };
}

/**
 * Damages spelling the way feeds do, one style per report: half-spaces deleted or spaced, Arabic ي ك,
 * Latin digits, or clean.
 */
export function damageSpelling(text: string, rng: () => number): string {
  switch (Math.floor(rng() * 5)) {
    case 0: return text.replace(/\u200c/g, '');
    case 1: return text.replace(/\u200c/g, ' ');
    case 2: return text.replace(/ی/g, 'ي').replace(/ک/g, 'ك');
    case 3: return text.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
    default: return text;
  }
}

/**
 * Republishes a story as another agency would: a new headline always; then its own source line
 * (`به گزارش X به نقل از Y،`), the last paragraphs trimmed (keeping at least 60%), or two paragraphs
 * swapped — at least one of the three — and published up to three days later.
 */
export function republish(original: GeneratedReport, rng: () => number): GeneratedReport {
  const agency = pick(rng, AGENCIES.filter((a) => a !== original.source));
  let paragraphs = [...original.paragraphs];
  const edits = Math.floor(rng() * 7) + 1;
  if (edits & 1) paragraphs.unshift(`به گزارش ${agency} به نقل از ${original.source}،`);
  if (edits & 2) paragraphs = paragraphs.slice(0, Math.max(Math.ceil(paragraphs.length * 0.6), paragraphs.length - 1 - Math.floor(rng() * 3)));
  if (edits & 4 && paragraphs.length > 3) {
    const i = 1 + Math.floor(rng() * (paragraphs.length - 2));
    [paragraphs[i], paragraphs[i + 1]] = [paragraphs[i + 1], paragraphs[i]];
  }
  const words = original.title.split(' ');
  const title = rng() < 0.5 ? `${words.slice(2).join(' ')} ${words.slice(0, 2).join(' ')}` : `تأکید بر ${words.slice(1).join(' ')}`;
  const published = new Date(Date.parse(original.published) + Math.floor(rng() * 4) * 86_400_000).toISOString().slice(0, 10);
  return { story: original.story, title, paragraphs, source: agency, published };
}

/** A generated report as the text of a `.txt` file: headline, then the body, spelling damaged. */
export function reportFileText(report: GeneratedReport, rng: () => number): string {
  return damageSpelling(`${report.title}\n${report.paragraphs.join('\n')}\n`, rng);
}
