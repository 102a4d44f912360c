/**
 * A parsed search query, before its words become keys:
 * `term` (a word, `prefix` when written `word*`), `phrase` (words in quotes), `and`, `or`, `not`.
 */
export type QueryNode =
  | { type: 'term'; text: string; prefix: boolean }
  | { type: 'phrase'; words: string[] }
  | { type: 'and'; children: QueryNode[] }
  | { type: 'or'; children: QueryNode[] }
  | { type: 'not'; child: QueryNode };

/** Longest query read, in UTF-16 units; the rest is ignored. */
export const MAX_QUERY_LENGTH = 1000;
/** Most terms and phrases read from one query; the rest are ignored. */
export const MAX_QUERY_TERMS = 32;

type Lexeme = { kind: 'word'; text: string } | { kind: 'phrase'; words: string[] } | { kind: 'op'; op: 'AND' | 'OR' | 'NOT' | '-' | '(' | ')' };

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

function lex(query: string): Lexeme[] {
  const text = query.slice(0, MAX_QUERY_LENGTH).replace(CONTROL, ' ').replace(/[“”„]/g, '"');
  const out: Lexeme[] = [];
  const re = /"([^"]*)("?)|([()])|(\S+?)(?=$|[\s()"])/gu;
  let terms = 0;
  for (let m = re.exec(text); m && terms < MAX_QUERY_TERMS; m = re.exec(text)) {
    if (m[1] !== undefined) {
      const words = m[1].split(/\s+/).filter(Boolean);
      if (words.length > 0) out.push({ kind: 'phrase', words });
      terms++;
    } else if (m[3]) out.push({ kind: 'op', op: m[3] as '(' | ')' });
    else if (m[4] === 'AND' || m[4] === 'OR' || m[4] === 'NOT') out.push({ kind: 'op', op: m[4] });
    else if (m[4] === '|') out.push({ kind: 'op', op: 'OR' });
    else if (m[4]) {
      if (m[4].length > 1 && m[4][0] === '-') out.push({ kind: 'op', op: '-' }, { kind: 'word', text: m[4].slice(1) });
      else out.push({ kind: 'word', text: m[4] });
      terms++;
    }
  }
  return out;
}

function combine(type: 'and' | 'or', children: QueryNode[]): QueryNode | undefined {
  if (children.length <= 1) return children[0];
  return { type, children };
}

/**
 * Parses a query without ever failing: words are ANDed; `OR` (or `|`) between them; `NOT x` or
 * `-x` excludes; `"..."` is a phrase; `word*` a prefix; parentheses group. Whatever does not fit
 * (an unbalanced quote or parenthesis, a dangling operator) is read as plainly as possible.
 * Returns undefined for a query with nothing to search.
 *
 * `'ایران OR "وزیر خارجه" -تحریم'` → and(or(ایران, phrase(وزیر خارجه)), not(تحریم)).
 */
export function parseQuery(query: string): QueryNode | undefined {
  const lexemes = lex(query);
  let at = 0;
  const peekOp = (): string | undefined => {
    const next = lexemes[at];
    return next?.kind === 'op' ? next.op : undefined;
  };
  const parseOr = (depth: number): QueryNode | undefined => {
    const children: QueryNode[] = [];
    for (;;) {
      const child = parseAnd(depth);
      if (child) children.push(child);
      if (peekOp() !== 'OR') return combine('or', children);
      at++;
    }
  };
  const parseAnd = (depth: number): QueryNode | undefined => {
    const children: QueryNode[] = [];
    while (at < lexemes.length) {
      const op = peekOp();
      if (op === 'OR' || (op === ')' && depth > 0)) break;
      if (op === 'AND' || op === ')') {
        at++;
        continue;
      }
      const child = parseUnary(depth);
      if (child) children.push(child);
    }
    return combine('and', children);
  };
  const parseUnary = (depth: number): QueryNode | undefined => {
    const lexeme = lexemes[at++];
    if (lexeme.kind === 'word') {
      const prefix = lexeme.text.endsWith('*');
      return { type: 'term', text: lexeme.text.replace(/\*+$/, ''), prefix };
    }
    if (lexeme.kind === 'phrase') return { type: 'phrase', words: lexeme.words };
    if (lexeme.op === 'NOT' || lexeme.op === '-') {
      const child = at < lexemes.length && peekOp() !== 'OR' && peekOp() !== ')' ? parseUnary(depth) : undefined;
      return child && { type: 'not', child };
    }
    // '(' : a group, closed by ')' or the end of the query
    const group = parseOr(depth + 1);
    if (peekOp() === ')') at++;
    return group;
  };
  return parseOr(0);
}
