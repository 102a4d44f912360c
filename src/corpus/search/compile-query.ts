import { parseQuery, type QueryNode } from './parse-query.js';
import type { TokenKeys } from './search-keys.js';

/** A query over search keys: `key` matches any of its keys, `phrase` surface keys in sequence. */
export type KeyNode =
  | { type: 'key'; keys: string[]; prefix: boolean }
  | { type: 'phrase'; keys: string[] }
  | { type: 'and'; children: KeyNode[] }
  | { type: 'or'; children: KeyNode[] }
  | { type: 'andNot'; positive: KeyNode; negative: KeyNode };

/** A query ready for a backend: what must match, what must not, and which keys to highlight. */
export interface CompiledQuery {
  positive?: KeyNode;
  negative?: KeyNode;
  /** Keys whose tokens are highlighted in snippets. */
  highlight: string[];
  /** Prefixes whose tokens are highlighted in snippets. */
  highlightPrefixes: string[];
}

/** Turns query text into the search keys of its tokens, through the same normalizer as the reports. */
export type QueryKeyer = (text: string) => TokenKeys[];

function combine(type: 'and' | 'or', children: (KeyNode | undefined)[]): KeyNode | undefined {
  const kept = children.filter((child): child is KeyNode => child !== undefined);
  return kept.length <= 1 ? kept[0] : { type, children: kept };
}

function keyNode(keys: TokenKeys, prefix: boolean): KeyNode {
  return { type: 'key', keys: prefix ? [keys.surface] : [keys.surface, ...keys.extra], prefix };
}

function phraseNode(tokens: TokenKeys[]): KeyNode | undefined {
  if (tokens.length <= 1) return tokens[0] && keyNode(tokens[0], false);
  return { type: 'phrase', keys: tokens.map((token) => token.surface) };
}

/**
 * Compiles a parsed query against a keyer. Runs of plain words are normalized together, so the
 * spaced `می شود` becomes the one key `میشود` just as in the reports; words with no keys (`*`,
 * punctuation) disappear. `NOT x` excludes
 * within its AND group (`a OR b -c` is `a OR (b AND NOT c)`); a group of negations alone matches
 * nothing, except at the top, where `-c` alone means every report without `c`.
 */
export function compileQuery(query: string, keyer: QueryKeyer): CompiledQuery {
  const highlight = new Set<string>();
  const prefixes = new Set<string>();
  const visit = (node: QueryNode, positive: boolean): KeyNode | undefined => {
    switch (node.type) {
      case 'term': {
        const tokens = keyer(node.text);
        if (positive) tokens.forEach((t) => [t.surface, ...(node.prefix ? [] : t.extra)].forEach((k) => highlight.add(k)));
        if (node.prefix && tokens.length > 0) {
          const last = tokens[tokens.length - 1];
          if (positive) prefixes.add(last.surface);
          const head = tokens.slice(0, -1).map((t) => keyNode(t, false));
          return combine('and', [...head, keyNode(last, true)]);
        }
        return combine('and', tokens.map((t) => keyNode(t, false)));
      }
      case 'phrase': {
        const tokens = keyer(node.words.join(' '));
        if (positive) tokens.forEach((t) => highlight.add(t.surface));
        return phraseNode(tokens);
      }
      case 'or':
        return combine('or', node.children.map((child) => (child.type === 'not' ? undefined : visit(child, positive))));
      case 'and': {
        const { pos, neg } = visitAnd(node.children, positive);
        return pos && neg ? { type: 'andNot', positive: pos, negative: neg } : pos;
      }
      case 'not':
        return undefined;
    }
  };
  /** An AND group: what must match, and (from its `NOT`s) what must not. */
  const visitAnd = (children: QueryNode[], positive: boolean): { pos?: KeyNode; neg?: KeyNode } => {
    const nots = children.filter((child): child is Extract<QueryNode, { type: 'not' }> => child.type === 'not');
    return {
      pos: combine('and', andChildren(children.filter((child) => child.type !== 'not')).map((child) => visit(child, positive))),
      neg: combine('or', nots.map((child) => visit(child.child, false))),
    };
  };
  /** Joins runs of plain words into one term so that they are normalized together. */
  const andChildren = (children: QueryNode[]): QueryNode[] => {
    const out: QueryNode[] = [];
    for (const child of children) {
      const last = out[out.length - 1];
      if (child.type === 'term' && !child.prefix && last?.type === 'term' && !last.prefix) out[out.length - 1] = { ...last, text: `${last.text} ${child.text}` };
      else out.push(child);
    }
    return out;
  };
  const root = parseQuery(query);
  if (!root) return { highlight: [], highlightPrefixes: [] };
  const { pos: positive, neg: negative } = visitAnd(root.type === 'and' ? root.children : [root], true);
  return { positive, negative, highlight: [...highlight], highlightPrefixes: [...prefixes] };
}
