import { ZWNJ_CHAR } from '../../../text/characters.js';

/** `key` with a half-space inserted before each letter offset in `positions` (sorted): `spell('میتوانند', [2])` → `می‌توانند`. */
export function spell(key: string, positions: readonly number[]): string {
  if (positions.length === 0) return key;
  let out = '';
  let from = 0;
  for (const p of positions) {
    out += key.slice(from, p) + ZWNJ_CHAR;
    from = p;
  }
  return out + key.slice(from);
}
