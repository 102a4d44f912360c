import { useEffect, useState } from 'preact/hooks';

/** The pages of the UI. */
export type PageName = 'search' | 'analyze' | 'report' | 'entities' | 'entity' | 'events' | 'not-found';

/** Where the UI is: the page, its path argument (a report id, an entity id or name) and query. */
export interface Place {
  page: PageName;
  arg: string;
  query: URLSearchParams;
  /** Path and query, for keys and comparisons. */
  href: string;
}

const PAGES: [RegExp, PageName][] = [
  [/^\/$/, 'search'], [/^\/search\/?$/, 'search'], [/^\/analyze\/?$/, 'analyze'], [/^\/report\/([^/]+)\/?$/, 'report'],
  [/^\/entities\/?$/, 'entities'], [/^\/entity\/([^/]+)\/?$/, 'entity'], [/^\/events\/?$/, 'events'],
];

/** The place a path and query string name: `/entity/12` → `{page: 'entity', arg: '12'}`. */
export function placeOf(pathname: string, search: string): Place {
  const query = new URLSearchParams(search);
  for (const [pattern, page] of PAGES) {
    const match = pattern.exec(pathname);
    if (match) return { page, arg: match[1] ? decodeURIComponent(match[1]) : '', query, href: pathname + search };
  }
  return { page: 'not-found', arg: pathname, query, href: pathname + search };
}

const NAVIGATE = 'khabar:navigate';

/** Goes to a path of the UI without reloading (`replace` keeps the history entry). */
export function navigate(href: string, replace = false): void {
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  window.dispatchEvent(new Event(NAVIGATE));
}

/** A path with query parameters, empty ones left out: `pathWith('/search', {q: 'ایران', page: ''})` → `/search?q=...`. */
export function pathWith(path: string, params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') query.set(key, String(value));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** The current place, updated on every navigation and on back/forward. */
export function usePlace(): Place {
  const [place, setPlace] = useState(() => placeOf(location.pathname, location.search));
  useEffect(() => {
    const update = (): void => setPlace(placeOf(location.pathname, location.search));
    window.addEventListener('popstate', update);
    window.addEventListener(NAVIGATE, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(NAVIGATE, update);
    };
  }, []);
  return place;
}

/** The page of a corpus entity, by id or by name: `entityHref('عباس عراقچی')` → `/entity/%D8...`. */
export function entityHref(ref: string | number): string {
  return `/entity/${encodeURIComponent(String(ref))}`;
}
