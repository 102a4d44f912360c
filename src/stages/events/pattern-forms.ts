import type { Trigger } from '../clauses/trigger-table.js';
import type { EventPattern } from './event-context.js';

/** Light verbs that stand for another in formal writing: `اعلام نمود` is `اعلام کرد`, `ارسال گردید` is `ارسال شد`. */
const LIGHT_VERB_VARIANTS: [string, string][] = [['کرد', 'نمود'], ['شد', 'گردید']];

/**
 * Verbs of calling something what it is (`X را خصمانه خواند`): any one of them stands for the others.
 * Each is the nominal part before its light verb (none for a simple verb) and the verb's lemma.
 */
const CALLING_VERBS: [string[], string][] = [[[], 'خواند'], [[], 'دانست'], [[], 'نامید'], [['توصیف'], 'کرد'], [['قلمداد'], 'کرد'], [['ارزیابی'], 'کرد'], [['عنوان'], 'کرد'], [['تلقی'], 'کرد']];

/** The rows of a calling verb (`غیرقانونی * خواند`) again with every other calling verb (`غیرقانونی * توصیف کرد`). */
function withCallingVerbs(out: Map<string, Trigger<EventPattern>[]>): void {
  const written = new Set<string>();
  for (const [verb, list] of out) for (const t of list) written.add([...t.words, verb].join(' '));
  const calling = CALLING_VERBS.flatMap(([nominal, verb]) => (out.get(verb) ?? []).filter((t) => t.words.length > nominal.length && nominal.every((w, i) => t.words[t.words.length - nominal.length + i] === w)).map((t) => ({ t, nominal })));
  for (const { t, nominal } of calling) {
    const adjective = t.words.slice(0, t.words.length - nominal.length);
    for (const [otherNominal, otherVerb] of CALLING_VERBS) {
      const words = [...adjective, ...otherNominal];
      if (written.has([...words, otherVerb].join(' '))) continue;
      written.add([...words, otherVerb].join(' '));
      out.set(otherVerb, [...(out.get(otherVerb) ?? []), { words, verb: otherVerb, data: t.data }]);
    }
  }
}

/**
 * Adds the forms a pattern table need not spell out, keyed as the table is (by verb lemma):
 * - the passive of a transitive compound whose recipient is its object (`N کرد` with `را` first →
 *   `N شد` with the subject as recipient, `^`), unless the table has its own `N شد` row:
 *   `بازداشت کرد` → `بازداشت شد`، `تحریم کرد` → `تحریم شد`;
 * - the other verbs of calling something what it is (`خواند`، `دانست`، `نامید`، `توصیف کرد`، `قلمداد کرد`...):
 *   `غیرقانونی * خواند` → `غیرقانونی * توصیف کرد`، `مقصر دانست` → `مقصر قلمداد کرد`;
 * - the formal light verbs (`نمود` for `کرد`, `گردید` for `شد`): `محکوم نمود`، `ارسال گردید`.
 * Pure; lists stay sorted longest nominal part first.
 */
export function withVerbForms(table: Map<string, Trigger<EventPattern>[]>): Map<string, Trigger<EventPattern>[]> {
  const out = new Map<string, Trigger<EventPattern>[]>();
  for (const [verb, list] of table) out.set(verb, [...list]);
  const passives = out.get('شد') ?? [];
  const written = new Set(passives.map((t) => t.words.join(' ')));
  for (const trigger of out.get('کرد') ?? []) {
    const { recipient, speech, claim, actorAfter, actor, refusal } = trigger.data;
    if (recipient[0] !== 'را' || speech || claim || actorAfter || actor || refusal || trigger.words.length === 0 || trigger.words.includes('*')) continue;
    const key = trigger.words.join(' ');
    if (written.has(key)) continue;
    written.add(key);
    passives.push({ words: trigger.words, verb: 'شد', data: { type: trigger.data.type, recipient: ['^'] } });
  }
  out.set('شد', passives);
  withCallingVerbs(out);
  for (const [plain, formal] of LIGHT_VERB_VARIANTS) {
    const own = out.get(formal) ?? [];
    out.set(formal, [...own, ...(out.get(plain) ?? []).map((t) => ({ ...t, verb: formal }))]);
  }
  for (const list of out.values()) list.sort((a, b) => b.words.length - a.words.length);
  return out;
}
