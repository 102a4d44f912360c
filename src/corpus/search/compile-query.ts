import { parseQuery, type QueryNode } from './parse-query.js';
import type { TokenKeys } from './search-keys.js';

/** A query over search keys: `key` matches any of its keys, `phrase` surface keys in sequence. */
export type KeyNode =
  | { type: 'key'; keys: string[]; prefix: boolean }
  | { type: 'phrase'; keys: string[] }
  | { type: 'and'; children: KeyNode[] }
  | { type: 'or'; children: KeyNode[] };

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
 * spaced `می شود` becomes the one key `میشود` just as in the reports; a word that normalizes to
 * several tokens becomes a phrase; words with no keys (`*`, punctuation) disappear. `NOT` is honoured
 * inside an AND group (and at the top); a negation anywhere else is dropped.
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
      case 'and':
        return combine('and', andChildren(node.children).map((child) => (child.type === 'not' ? undefined : visit(child, positive))));
      case 'not':
        return undefined;
    }
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
  const top = root.type === 'and' ? root.children : [root];
  const negatives = top.filter((child): child is Extract<QueryNode, { type: 'not' }> => child.type === 'not').map((child) => visit(child.child, false));
  const positive = visit({ type: 'and', children: top.filter((child) => child.type !== 'not') }, true);
  return { positive, negative: combine('or', negatives), highlight: [...highlight], highlightPrefixes: [...prefixes] };
}
