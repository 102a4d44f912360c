import type { ScannedToken } from './scan-tokens.js';

/** Marks that end a sentence: . ؟ ? ! … and runs of them (`؟!`، `...`). */
const SENTENCE_END = /^[.؟?!…]+$/;
/** Marks that stay with the sentence they close: » ) ] ” and quotes. */
const CLOSERS = new Set(['»', ')', ']', '”', '"', "'", '›']);

/** A sentence as a range of token indexes `[first, last)`. */
export interface TokenRange {
  first: number;
  last: number;
}

/** The guillemet pairs « » that close within the token list, as `open index → close index`. */
function matchedGuillemets(text: string, tokens: ScannedToken[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  tokens.forEach((token, i) => {
    const mark = text[token.start];
    if (mark === '«') open.push(i);
    else if (mark === '»' && open.length > 0) pairs.set(open.pop() as number, i);
  });
  return pairs;
}

/**
 * Groups the tokens of one paragraph into sentences. A sentence ends after `.` `؟` `?` `!` `…`
 * (with the closing `»` `)` that follow), but not inside a « » pair that closes in the same
 * paragraph; numbers (`۳.۵`، `۱۴۰۲.۰۵.۱۲`), URLs and abbreviations (`ع.`، `ه.ق.`) are single
 * tokens already, so their dots never split. `گفت: «این کار شدنی است. ما آماده‌ایم.» او رفت.` is
 * two sentences.
 */
export function splitSentences(text: string, tokens: ScannedToken[]): TokenRange[] {
  const sentences: TokenRange[] = [];
  const pairs = matchedGuillemets(text, tokens);
  let closeAt = -1; // index of the » that closes the quote we are in
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (closeAt < 0 && pairs.has(i)) closeAt = pairs.get(i) as number;
    const mark = text.slice(token.start, token.end);
    // a quote that ends its own sentence («... آماده‌ایم.») ends the outer one too
    const quoteEndsSentence = i === closeAt && i > 0 && SENTENCE_END.test(text.slice(tokens[i - 1].start, tokens[i - 1].end));
    if (i === closeAt) closeAt = -1;
    if (!quoteEndsSentence && (closeAt >= 0 || token.kind !== 'punct' || !SENTENCE_END.test(mark))) continue;
    let last = i + 1;
    while (last < tokens.length && tokens[last].kind === 'punct' && (CLOSERS.has(text[tokens[last].start]) || SENTENCE_END.test(text.slice(tokens[last].start, tokens[last].end)))) {
      if (text[tokens[last].start] === '«') break;
      last++;
    }
    sentences.push({ first, last });
    first = last;
    i = last - 1;
  }
  if (first < tokens.length) sentences.push({ first, last: tokens.length });
  return sentences;
}
