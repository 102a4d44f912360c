/**
 * A lemma for a verb form whose stem is not in the verb table, from its shape alone: most
 * Persian verbs outside the table are regular (present stem + ید = past stem: دوش → دوشید;
 * causatives ان → اند: خیسان → خیساند). Used only when the tagger says VERB or AUX.
 */

const PRESENT_ENDINGS = ['ند', 'ید', 'یم', 'م', 'ی', 'د'];
const PAST_ENDINGS = ['ند', 'ید', 'یم', 'م', 'ی', ''];
const PERFECT_ENDINGS = ['اند', 'اید', 'ایم', 'ام', 'ای', ''];
const PAST_STEM = /(ید|اند|ست|شت|خت|فت|اد|ود|رد|ند)$/;

function pastFromPresent(stem: string): string {
  return stem.endsWith('ان') ? `${stem}د` : `${stem}ید`;
}

function stripPrefix(key: string): { body: string; prefix: string } {
  const m = /^(نمی|می|همی|ن|ب)/.exec(key);
  return m && key.length - m[1].length >= 2 ? { body: key.slice(m[1].length), prefix: m[1] } : { body: key, prefix: '' };
}

/**
 * The guessed past stem (the UD lemma) of an unknown verb form (letters folded, half-spaces
 * removed), or undefined when the word has no verb shape.
 * `guessVerbLemma('میدوشیدم')` → `دوشید`; `guessVerbLemma('میخیساند')` → `خیساند`;
 * `guessVerbLemma('غلتیده')` → `غلتید`; `guessVerbLemma('کتاب')` → undefined.
 */
export function guessVerbLemma(key: string): string | undefined {
  for (const ending of PERFECT_ENDINGS) {
    const end = key.length - ending.length - 1;
    if (end >= 2 && key.endsWith(`ه${ending}`)) {
      const stem = stripPrefix(key.slice(0, end)).body;
      if (PAST_STEM.test(stem) && stem.length >= 3) return stem;
    }
  }
  const { body, prefix } = stripPrefix(key);
  for (const ending of PAST_ENDINGS) {
    const stem = body.slice(0, body.length - ending.length);
    if (stem.length >= 3 && body.endsWith(ending) && /(ید|اند)$/.test(stem)) return stem;
  }
  if (prefix === '' || prefix === 'ن') return undefined;
  for (const ending of PRESENT_ENDINGS) {
    const stem = body.slice(0, body.length - ending.length);
    if (stem.length >= 2 && body.endsWith(ending)) return pastFromPresent(stem);
  }
  return pastFromPresent(body);
}
