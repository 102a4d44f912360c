import type { KeyNode } from './compile-query.js';

/** The two spellings of a key query: SQLite FTS5 MATCH syntax and PostgreSQL tsquery text. */
export type QuerySyntax = 'fts5' | 'tsquery';

// Keys hold only letters and digits (see searchKey), so quoting them cannot be escaped from;
// the replace is a second line of defence.
const fts5Quote = (key: string): string => `"${key.replace(/"/g, '""')}"`;
const tsQuote = (key: string): string => `'${key.replace(/['\\]/g, '')}'`;

/**
 * Renders a key query for a backend. FTS5: terms match in either column, phrases in `surface`:
 * `("همکاریهای" OR "همکاری") AND surface : "وزیر خارجه"`. tsquery: `('همکاریهای' | 'همکاری') & ('وزیر' <-> 'خارجه')`.
 */
export function renderKeyQuery(node: KeyNode, syntax: QuerySyntax): string {
  const fts = syntax === 'fts5';
  switch (node.type) {
    case 'key': {
      if (node.prefix) return fts ? `${fts5Quote(node.keys[0])}*` : `${tsQuote(node.keys[0])}:*`;
      const alternatives = node.keys.map(fts ? fts5Quote : tsQuote);
      return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(fts ? ' OR ' : ' | ')})`;
    }
    case 'phrase':
      return fts ? `surface : ${fts5Quote(node.keys.join(' '))}` : `(${node.keys.map(tsQuote).join(' <-> ')})`;
    case 'and':
      return `(${node.children.map((child) => renderKeyQuery(child, syntax)).join(fts ? ' AND ' : ' & ')})`;
    case 'andNot':
      return `(${renderKeyQuery(node.positive, syntax)}${fts ? ' NOT ' : ' & !'}${renderKeyQuery(node.negative, syntax)})`;
    case 'or':
      return `(${node.children.map((child) => renderKeyQuery(child, syntax)).join(fts ? ' OR ' : ' | ')})`;
  }
}
