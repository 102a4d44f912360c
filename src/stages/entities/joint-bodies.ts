import type { EntityContext } from './entity-context.js';
import { entityKey } from './entity-key.js';
import { COUNTRY_KINDS } from './gazetteer.js';
import { entryOfKind, longestMatchAt } from './match-gazetteer.js';

/** `مشترک` (entity key): `کمیسیون مشترک اقتصادی ایران و ترکیه`, a body of two countries. */
const JOINT = entityKey('مشترک');

/**
 * Whether an organization's span names a joint body (`مشترک` among its words after the first) and ends with a
 * country's name (`کمیسیون مشترک اقتصادی ایران`, `اتاق بازرگانی مشترک ایران و ترکیه`): the countries are the body's.
 */
export function jointOfCountry(context: EntityContext, span: { first: number; last: number }): boolean {
  let joint = false;
  for (let i = span.first + 1; i < span.last && !joint; i++) joint = context.keys[i] === JOINT;
  if (!joint) return false;
  for (let start = Math.max(span.first + 2, span.last - 3); start < span.last; start++) {
    const match = longestMatchAt(context.resources.gazetteer, context.keys, start, span.last, COUNTRY_KINDS);
    if (match?.last === span.last && entryOfKind(match.entries, COUNTRY_KINDS)) return true;
  }
  return false;
}
