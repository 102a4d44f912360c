import type { SentenceView } from '../clauses/sentence-view.js';
import { matchKey } from '../clauses/match-key.js';

/**
 * Help given to an act that names no agent of its own: the helper is the side that acts.
 * @module
 */

/** Lemmas of the verbs that tell an act with no agent (match keys): a passive or a light verb of becoming (`مسترد شد`، `پرتاب شود`), going (`به فضا می‌رود`). */
const AGENTLESS_VERBS: ReadonlySet<string> = new Set(['شد', 'گردید', 'رفت'].map(matchKey));

/**
 * Whether the help named by `با همکاری` ending at `phraseEnd` serves an act its clause tells with no agent: the
 * first verb after the phrase is a passive or a verb of becoming or going (`با همکاری اینترپل ... مسترد شد`، `با
 * همکاری روس‌کاسموس به فضا فرستاده می‌شود`، `در مدار قرار می‌گیرد`), or the announcement of an act named by its
 * noun (`از استرداد ... با همکاری پلیس بین‌الملل خبر داد`). Then the helper acts toward the side the act is done
 * for (the annotation guide's COOPERATE of Interpol and Turkey to Iran), not the other way round; an active verb
 * (`پلیس فتا با همکاری بانک مرکزی حساب‌ها را مسدود کرد`) keeps its subject as the actor. Linear in the clause.
 */
export function helpsAgentlessAct(view: SentenceView, phraseEnd: number, last: number): boolean {
  const { keys, tokens } = view;
  for (let t = phraseEnd + 1; t <= last; t++) {
    // (a participle before its auxiliary: `فرستاده می‌شود`)
    if ((tokens[t].pos !== 'VERB' && tokens[t].pos !== 'AUX') || (tokens[t].feats ?? '').includes('VerbForm=Part')) continue;
    const lemma = matchKey(tokens[t].lemma?.split('#')[0] ?? keys[t]);
    if (AGENTLESS_VERBS.has(lemma)) return true;
    if (lemma === matchKey('گرفت') && keys[t - 1] === matchKey('قرار')) return true;
    return lemma === matchKey('داد') && keys[t - 1] === matchKey('خبر');
  }
  return false;
}
