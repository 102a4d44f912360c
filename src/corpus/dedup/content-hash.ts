import { createHash } from 'node:crypto';

/**
 * The identity of a report: SHA-256 (hex) of its text exactly as decoded. The same report ingested
 * twice has the same hash and is stored once.
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The exact-duplicate key of a report body: SHA-256 of its search keys in order, so two copies that
 * differ only in half-spaces, Arabic letters, digits or punctuation (`همكاريهاي ۱۴۰۳` and
 * `همکاری‌های 1403`) get the same hash.
 */
export function bodyHash(surfaceKeys: readonly string[]): string {
  return createHash('sha256').update(surfaceKeys.join(' '), 'utf8').digest('hex');
}
