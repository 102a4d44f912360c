import { useEffect, useState } from 'preact/hooks';

/** The state of a request: loading, its data, or its error. */
export interface Fetched<T> {
  /** The last data loaded — while a new key loads, the previous key's (see `current`). */
  data?: T;
  error?: unknown;
  /** True from the first render with a new key until its data or error arrives. */
  loading: boolean;
  /** Whether `data` belongs to the current key (false while a new key loads over the previous data). */
  current: boolean;
}

interface Loaded<T> {
  key?: string;
  data?: T;
  error?: unknown;
  loading: boolean;
}

/**
 * Runs `load` whenever `key` changes, aborting the previous run; `key` undefined runs nothing.
 * `const {data, error, loading} = useFetch(id, (signal) => api.report(id, signal))`. The previous
 * key's data stays in `data` while the next loads (a page of results does not blink away), but
 * `loading` is true and `current` false from the very render where the key changed, so a view can
 * mark what it shows as stale before the effect that starts the request has run.
 */
export function useFetch<T>(key: string | undefined, load: (signal: AbortSignal) => Promise<T>): Fetched<T> {
  const [state, setState] = useState<Loaded<T>>({ key, loading: key !== undefined });
  useEffect(() => {
    if (key === undefined) {
      setState({ key, loading: false });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ key: previous.key, data: previous.data, loading: true }));
    load(controller.signal).then(
      (data) => !controller.signal.aborted && setState({ key, data, loading: false }),
      (error: unknown) => !controller.signal.aborted && setState({ key, error, loading: false }),
    );
    return () => controller.abort();
  }, [key]);
  const current = state.key === key && !state.loading;
  return { data: state.data, error: state.key === key ? state.error : undefined, loading: state.loading || state.key !== key, current };
}
