import type { SearchResponse } from '../../../src/api/schemas/search.js';

type Snippet = SearchResponse['hits'][number]['snippet'];

/** A search snippet: the original passage as text, the matched words in `<mark>`. */
export function SnippetText({ snippet }: { snippet: Snippet }) {
  const parts = [];
  let at = snippet.start;
  for (const mark of snippet.highlights) {
    if (mark.start < at || mark.end > snippet.end) continue;
    parts.push(snippet.text.slice(at - snippet.start, mark.start - snippet.start));
    parts.push(<mark key={mark.start}>{snippet.text.slice(mark.start - snippet.start, mark.end - snippet.start)}</mark>);
    at = mark.end;
  }
  parts.push(snippet.text.slice(at - snippet.start));
  return <p class="snippet">{parts}</p>;
}
