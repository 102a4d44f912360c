import type { Doc, Token } from '../../doc/doc.js';

const field = (value: string | undefined): string => (value === undefined || value === '' ? '_' : value.replace(/\s+/g, '\u00a0'));

/**
 * A report as CoNLL-U: `# newdoc id`, then per sentence `# sent_id` and `# text` (the original text of
 * the sentence, line breaks folded) and one line per token — FORM the normalized form (half-spaces
 * restored), LEMMA, UPOS and FEATS when morphology ran (`_` otherwise), no dependency columns, and in
 * MISC the original offsets (`TokenRange=start:end`) and `SpaceAfter=No` where the next token touches it.
 */
export function docToConllu(doc: Doc, docId: string): string {
  const tokens: readonly Token[] = doc.layers.tokens ?? [];
  const sentences = doc.layers.sentences ?? [];
  let out = `# newdoc id = ${docId}\n`;
  let t = 0;
  sentences.forEach((sentence, s) => {
    while (t < tokens.length && tokens[t].end <= sentence.start) t++;
    const inside: Token[] = [];
    while (t < tokens.length && tokens[t].end <= sentence.end) inside.push(tokens[t++]);
    if (inside.length === 0) return;
    out += `# sent_id = ${docId}-${s + 1}\n# text = ${doc.text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ')}\n`;
    inside.forEach((token, i) => {
      const next = inside[i + 1];
      const misc = [`TokenRange=${token.start}:${token.end}`, ...(next && next.start === token.end ? ['SpaceAfter=No'] : [])].join('|');
      out += [i + 1, field(token.norm), field(token.lemma), field(token.pos), '_', field(token.feats), '_', '_', '_', misc].join('\t') + '\n';
    });
    out += '\n';
  });
  return out;
}
