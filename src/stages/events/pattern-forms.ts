import type { Trigger } from '../clauses/trigger-table.js';
import type { EventPattern } from './find-events.js';

/** Light verbs that stand for another in formal writing: `اعلام نمود` is `اعلام کرد`, `ارسال گردید` is `ارسال شد`. */
const LIGHT_VERB_VARIANTS: [string, string][] = [['کرد', 'نمود'], ['شد', 'گردید']];

/**
 * Adds the forms a pattern table need not spell out, keyed as the table is (by verb lemma):
 * - the passive of a transitive compound whose recipient is its object (`N کرد` with `را` first →
 *   `N شد` with the subject as recipient, `^`), unless the table has its own `N شد` row:
 *   `بازداشت کرد` → `بازداشت شد`، `تحریم کرد` → `تحریم شد`;
 * - the formal light verbs (`نمود` for `کرد`, `گردید` for `شد`): `محکوم نمود`، `ارسال گردید`.
 * Pure; lists stay sorted longest nominal part first.
 */
export function withVerbForms(table: Map<string, Trigger<EventPattern>[]>): Map<string, Trigger<EventPattern>[]> {
  const out = new Map<string, Trigger<EventPattern>[]>();
  for (const [verb, list] of table) out.set(verb, [...list]);
  const passives = out.get('شد') ?? [];
  const written = new Set(passives.map((t) => t.words.join(' ')));
  for (const trigger of out.get('کرد') ?? []) {
    const { recipient, speech, claim, actorAfter, actor } = trigger.data;
    if (recipient[0] !== 'را' || speech || claim || actorAfter || actor || trigger.words.length === 0 || trigger.words.includes('*')) continue;
    const key = trigger.words.join(' ');
    if (written.has(key)) continue;
    written.add(key);
    passives.push({ words: trigger.words, verb: 'شد', data: { type: trigger.data.type, recipient: ['^'] } });
  }
  out.set('شد', passives);
  for (const [plain, formal] of LIGHT_VERB_VARIANTS) {
    const own = out.get(formal) ?? [];
    out.set(formal, [...own, ...(out.get(plain) ?? []).map((t) => ({ ...t, verb: formal }))]);
  }
  for (const list of out.values()) list.sort((a, b) => b.words.length - a.words.length);
  return out;
}
