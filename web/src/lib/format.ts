/** Display helpers: every number and date the UI shows is in Persian digits. */

const numberFormat = new Intl.NumberFormat('fa-IR');
const dayFormat = new Intl.DateTimeFormat('fa-IR-u-ca-persian', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('fa-IR-u-ca-gregory', { year: 'numeric', month: 'long', timeZone: 'UTC' });

/** A number in Persian digits with Persian grouping: `12345` → `۱۲٬۳۴۵`. */
export function faNumber(n: number): string {
  return numberFormat.format(n);
}

/** Latin and Arabic-Indic digits in a text as Persian digits: `F-35 در 2024` → `F-۳۵ در ۲۰۲۴`. */
export function faDigits(text: string): string {
  return text.replace(/[0-9\u0660-\u0669]/g, (d) => String.fromCharCode(0x06f0 + (d.charCodeAt(0) >= 0x0660 ? d.charCodeAt(0) - 0x0660 : d.charCodeAt(0) - 48)));
}

function parseDay(iso: string): Date | undefined {
  const ms = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isFinite(ms) ? new Date(ms) : undefined;
}

/** An ISO date as a Solar Hijri date: `2024-10-09` → `۱۸ مهر ۱۴۰۳`; undefined or unreadable → `بی‌تاریخ`. */
export function faDate(iso: string | null | undefined): string {
  const date = iso ? parseDay(iso) : undefined;
  return date ? dayFormat.format(date) : 'بی‌تاریخ';
}

/** A `YYYY-MM` month as a Gregorian month in Persian: `2024-10` → `اکتبر ۲۰۲۴`. */
export function faMonth(month: string): string {
  const date = parseDay(`${month}-15`);
  return date ? monthFormat.format(date) : faDigits(month);
}

/** A share as a Persian percentage: `0.87` → `۸۷٪`. */
export function faPercent(share: number): string {
  return `${faNumber(Math.round(share * 100))}٪`;
}

/** The first words of a text, as a heading for an untitled report. */
export function headline(text: string, words = 12): string {
  const all = text.trim().split(/\s+/);
  return all.slice(0, words).join(' ') + (all.length > words ? '…' : '');
}

/** A web address safe to link to (http or https only), else undefined: `javascript:` never becomes a link. */
export function safeUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Arabic ي ك ى as Persian ی ک, and runs of spaces as one: for grouping what differs only in spelling. */
export function foldLetters(text: string): string {
  return text.replace(/[يى]/g, 'ی').replace(/ك/g, 'ک').replace(/\s+/g, ' ').trim();
}

/** A role held over time, as the entity profile lists it. */
export interface RoleSpan {
  role: string;
  first: string | null;
  last: string | null;
  reports: number;
}

/** Roles that differ only in spelling (`وزير خارجه` / `وزیر خارجه`) merged: earliest first, latest last, reports summed. */
export function mergeRoles(roles: readonly RoleSpan[]): RoleSpan[] {
  const merged = new Map<string, RoleSpan>();
  const earlier = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a < b ? a : b);
  const later = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a > b ? a : b);
  for (const role of roles) {
    const key = foldLetters(role.role);
    const seen = merged.get(key);
    merged.set(key, seen
      ? { role: key, first: earlier(seen.first, role.first), last: later(seen.last, role.last), reports: seen.reports + role.reports }
      : { ...role, role: key });
  }
  return [...merged.values()];
}
