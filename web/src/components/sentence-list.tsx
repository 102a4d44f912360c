import type { DocJson } from '../../../src/api/schemas/doc.js';
import { faNumber } from '../lib/format.js';

type Span = { start: number; end: number };
type Token = Span & { norm?: string; lemma?: string; pos?: string; kind?: string };

/** The sentences of a report, numbered, each as its tokens (normalized form; lemma and part of speech on hover). */
export function SentenceList({ doc }: { doc: DocJson }) {
  const tokens = (doc.layers.tokens ?? []) as Token[];
  const sentences = (doc.layers.sentences ?? []) as Span[];
  let t = 0;
  return (
    <ol class="sentences">
      {sentences.map((sentence, i) => {
        while (t < tokens.length && tokens[t].end <= sentence.start) t++;
        const mine: Token[] = [];
        for (let k = t; k < tokens.length && tokens[k].start < sentence.end; k++) mine.push(tokens[k]);
        return (
          <li key={sentence.start} data-sentence={i}>
            <span class="visually-hidden">{`جملهٔ ${faNumber(i + 1)}: `}</span>
            {mine.map((token) => (
              <span key={token.start} class={`token kind-${token.kind ?? 'word'}`} data-token=""
                title={[token.lemma && `بن یا ریشه: ${token.lemma}`, token.pos && `نقش: ${token.pos}`, `متن اصلی: ${doc.text.slice(token.start, token.end)}`].filter(Boolean).join(' · ')}>
                {token.norm ?? doc.text.slice(token.start, token.end)}
              </span>
            ))}
          </li>
        );
      })}
    </ol>
  );
}
