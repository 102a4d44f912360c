/** Per-word half-space disagreements between gold and output, for error analysis while tuning. */

const SEPARATOR = /[\s\u200c]/;

interface Boundary {
  word: string;
  gold: 'none' | 'space' | 'zwnj';
  output: 'none' | 'space' | 'zwnj';
}

function stream(text: string): { letters: string; gaps: ('none' | 'space' | 'zwnj')[] } {
  let letters = '';
  const gaps: ('none' | 'space' | 'zwnj')[] = [];
  for (const ch of text) {
    if (SEPARATOR.test(ch)) {
      if (letters.length === 0) continue;
      const previous = gaps[letters.length - 1];
      gaps[letters.length - 1] = ch === '\u200c' ? 'zwnj' : previous === 'zwnj' ? 'zwnj' : 'space';
    } else {
      letters += ch;
      gaps.push('none');
    }
  }
  return { letters, gaps };
}

/** The gold words whose half-spaces the output got wrong, with what it wrote; empty if the letters differ. */
export function wordErrors(gold: string, output: string): Boundary[] {
  const g = stream(gold);
  const o = stream(output);
  if (g.letters !== o.letters) return [];
  const errors: Boundary[] = [];
  let wordStart = 0;
  for (let i = 0; i < g.letters.length; i++) {
    const isZwnj = (gap: string): boolean => gap === 'zwnj';
    if (isZwnj(g.gaps[i]) !== isZwnj(o.gaps[i]) && !/[اآأإدذرزژوؤۀةء0-9]/.test(g.letters[i])) {
      let end = i + 1;
      while (end < g.letters.length && g.gaps[end - 1] !== 'space') end++;
      let start = i;
      while (start > wordStart && g.gaps[start - 1] !== 'space') start--;
      errors.push({ word: g.letters.slice(start, end) + ' @' + (i + 1 - start), gold: g.gaps[i], output: o.gaps[i] });
    }
    if (g.gaps[i] === 'space') wordStart = i + 1;
  }
  return errors;
}
