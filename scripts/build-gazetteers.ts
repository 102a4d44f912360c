/**
 * Generates `data/gazetteers/world.tsv`: Persian names of countries and territories (CLDR
 * `cldr-localenames-full` and `world-countries`), world regions (CLDR), cities (CLDR time-zone
 * exemplar cities, with their country from CLDR's `windowsZones` table in `cldr-core`), and
 * demonyms derived from the country names (`عراق` → `عراقی`, `ترکیه` → `ترکیه‌ای`), and the cities and
 * regions curated by the Khabar developers in `data/curated/world-places.tsv` (`خارکیف` → UKR, `نبطیه` →
 * LBN) that `data/gazetteers/places.tsv` does not already list.
 * Columns: phrase, kind, canonical, country (ISO 3166-1 alpha-3), subtype, source.
 *   node dist/scripts/build-gazetteers.js
 * Needs only the dev dependencies (no ../shared). The curated lists beside it are written by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './lib/treebank.js';

interface Row {
  phrase: string;
  kind: string;
  canonical: string;
  country: string;
  source: string;
}

const root = projectRoot();
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, 'node_modules', path), 'utf8'));

/** CLDR writes the ezafe as هٔ and keeps tashkil; agencies do not. */
const clean = (name: string): string => name.replace(/[\u064b-\u065f\u0670]/g, '').replace(/\s+/g, ' ').trim();

interface WorldCountry {
  cca2: string;
  cca3: string;
  translations: Record<string, { official: string; common: string } | undefined>;
}

function countryRows(countries: WorldCountry[]): Row[] {
  const alpha3 = new Map(countries.map((c) => [c.cca2, c.cca3]));
  const territories = (readJson('cldr-localenames-full/main/fa/territories.json') as {
    main: { fa: { localeDisplayNames: { territories: Record<string, string> } } };
  }).main.fa.localeDisplayNames.territories;
  const rows: Row[] = [];
  const canonical = new Map<string, string>();
  for (const [code, raw] of Object.entries(territories)) {
    const name = clean(raw.replace(/\s*\(.*\)\s*/g, ' '));
    if (name.includes('،')) continue;
    const base = code.split('-')[0];
    if (/^\d{3}$/.test(base)) {
      rows.push({ phrase: name, kind: 'region', canonical: name, country: '', source: 'cldr' });
      continue;
    }
    const iso3 = alpha3.get(base);
    if (!iso3 || name === '') continue;
    if (!code.includes('-alt-')) canonical.set(iso3, name);
    rows.push({ phrase: name, kind: 'country', canonical: '', country: iso3, source: 'cldr' });
  }
  for (const country of countries) {
    const per = country.translations.per;
    if (!per) continue;
    for (const name of [per.common, per.official]) {
      rows.push({ phrase: clean(name), kind: 'country', canonical: '', country: country.cca3, source: 'world-countries' });
    }
    if (!canonical.has(country.cca3)) canonical.set(country.cca3, clean(per.common));
  }
  for (const row of rows) if (row.kind === 'country') row.canonical = canonical.get(row.country) ?? row.phrase;
  // a short name two countries share once CLDR's parentheses are dropped (`کنگو`) names the one the news means by it
  return rows.filter((row) => !(row.kind === 'country' && SHARED_SHORT_NAMES.has(row.phrase) && SHARED_SHORT_NAMES.get(row.phrase) !== row.country));
}

/**
 * Short names two countries share (CLDR's `کنگو (جمهوری دموکراتیک)` and `کنگو (جمهوری)` both give `کنگو`) and the
 * country Persian news means by the name alone: our choice (the Democratic Republic is the one in the news).
 */
const SHARED_SHORT_NAMES: ReadonlyMap<string, string> = new Map([['کنگو', 'COD']]);

/** `عراق` → `عراقی`, `ترکیه` → `ترکیه‌ای`, `کانادا` → `کانادایی`, `مالزی` → `مالزیایی`; one-word names only. */
export function deriveDemonym(name: string): string | undefined {
  if (name.includes(' ') || name.length < 3) return undefined;
  const last = name[name.length - 1];
  if (last === 'ه') return `${name}\u200cای`;
  if (last === 'ا' || last === 'و') return `${name}یی`;
  if (last === 'ی') return `${name}ایی`;
  return `${name}ی`;
}

function demonymRows(countries: Row[]): Row[] {
  const rows: Row[] = [];
  const seen = new Set<string>();
  for (const row of countries) {
    if (row.kind !== 'country' || row.phrase !== row.canonical) continue;
    const demonym = deriveDemonym(row.phrase);
    if (!demonym || seen.has(demonym)) continue;
    seen.add(demonym);
    rows.push({ phrase: demonym, kind: 'demonym', canonical: row.canonical, country: row.country, source: 'derived' });
  }
  return rows;
}

/** Short exemplar names are mostly everyday words too (بلم، تول، نوم); names with a region after a comma are not how news writes them. */
function isSafeCityName(name: string): boolean {
  return !/[،,‐]/.test(name) && (name.includes(' ') || name.length >= 4);
}

function cityRows(countryNames: Set<string>, cca2: Map<string, string>): Row[] {
  const zones = (readJson('cldr-dates-full/main/fa/timeZoneNames.json') as {
    main: { fa: { dates: { timeZoneNames: { zone: Record<string, unknown> } } } };
  }).main.fa.dates.timeZoneNames.zone;
  const windows = (readJson('cldr-core/supplemental/windowsZones.json') as {
    supplemental: { windowsZones: { mapTimezones: { mapZone: { _type: string; _territory: string } }[] } };
  }).supplemental.windowsZones.mapTimezones;
  const zoneCountry = new Map<string, string>();
  for (const { mapZone } of windows) {
    if (mapZone._territory === '001') continue;
    for (const zone of mapZone._type.split(' ')) zoneCountry.set(zone, cca2.get(mapZone._territory) ?? '');
  }
  const rows: Row[] = [];
  const walk = (node: Record<string, unknown>, path: string[]): void => {
    for (const [key, value] of Object.entries(node)) {
      if (!value || typeof value !== 'object') continue;
      const child = value as Record<string, unknown>;
      if (typeof child.exemplarCity === 'string') {
        const name = clean(child.exemplarCity);
        const country = zoneCountry.get([...path, key].join('/')) ?? '';
        if (!countryNames.has(name) && path[0] !== 'Etc' && isSafeCityName(name)) rows.push({ phrase: name, kind: 'city', canonical: name, country, source: 'cldr' });
      }
      walk(child, [...path, key]);
    }
  };
  walk(zones, []);
  return rows;
}

const worldCountries = readJson('world-countries/countries.json') as WorldCountry[];
const countries = countryRows(worldCountries);
const cca2 = new Map(worldCountries.map((c) => [c.cca2, c.cca3]));
const countryNames = new Set(countries.map((row) => row.phrase));
/** The curated cities and regions (`data/curated/world-places.tsv`), minus phrases places.tsv already lists. */
function curatedRows(): Row[] {
  const read = (path: string): string[][] => readFileSync(join(root, 'data', path), 'utf8').split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#')).map((line) => line.split('\t'));
  const listed = new Set(read('gazetteers/places.tsv').map((columns) => columns[0]));
  return read('curated/world-places.tsv')
    .filter(([phrase]) => !listed.has(phrase))
    .map(([phrase, kind, canonical, country]) => ({ phrase, kind, canonical: canonical || phrase, country, source: 'curated by the Khabar developers' }));
}

const all = [...countries, ...demonymRows(countries), ...cityRows(countryNames, cca2), ...curatedRows()];
const seen = new Set<string>();
const lines = [
  '# Persian place names and demonyms, generated by scripts/build-gazetteers.ts — do not edit by hand.',
  '# Sources: CLDR 48 (cldr-localenames-full territories, cldr-dates-full exemplar cities, cldr-core windowsZones; Unicode licence),',
  '# world-countries 5 (translations.per; ODbL 1.0); demonyms derived from the country names;',
  '# cities and regions curated by the Khabar developers (data/curated/world-places.tsv; MIT).',
  '# Columns: phrase, kind, canonical, country (ISO 3166-1 alpha-3), subtype, source.',
];
for (const row of all) {
  const key = `${row.phrase}\t${row.kind}\t${row.country}`;
  if (seen.has(key) || row.phrase === '') continue;
  seen.add(key);
  lines.push([row.phrase, row.kind, row.canonical, row.country, '', row.source].join('\t'));
}
writeFileSync(join(root, 'data', 'gazetteers', 'world.tsv'), lines.join('\n') + '\n');
console.log(`wrote data/gazetteers/world.tsv (${lines.length - 5} rows)`);
