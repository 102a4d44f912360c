import { test } from 'vitest';
import { loadLexicons } from '../../lexicon/load.js';
import { buildVerbIndex } from './verb-index.js';
import { conjugate, TENSES } from './conjugate.js';
import { analyzeVerb } from './verb-analyzer.js';
test('scratch', () => {
  const index = buildVerbIndex(loadLexicons().verbs);
  for (const inf of ['گفتن', 'آمدن', 'افتادن', 'برگشتن', 'کردن']) {
    const v = [...index.byPast.values()].flat().find((x) => x.infinitive === inf)!;
    const rows: string[] = [];
    for (const t of TENSES) {
      const forms = [];
      for (const pn of [{person:1,number:'Sing'},{person:2,number:'Sing'},{person:3,number:'Sing'},{person:1,number:'Plur'},{person:2,number:'Plur'},{person:3,number:'Plur'}] as const) {
        forms.push(conjugate(v, t, pn) ?? '-', conjugate(v, t, pn, {negative: true}) ?? '-');
      }
      rows.push(t + ': ' + forms.join(' ، '));
    }
    rows.push('passive: ' + TENSES.map((t) => conjugate(v, t, {person:3, number:'Sing'}, {passive: true})).join(' ، '));
    console.log(rows.join('\n'));
  }
  for (const w of ['برنمیگردند', 'بیاید', 'نیامد', 'گفتهاند', 'دیدمش', 'میگوید', 'بیفتد', 'کن', 'خواهد', 'نشست', 'گفتن', 'میز', 'بایستد']) {
    console.log(w, analyzeVerb(index, w).map((a) => `${a.lemma}/${a.shape}/${a.prefix}/${a.feats}/${a.score}`).join(' ; '));
  }
});
