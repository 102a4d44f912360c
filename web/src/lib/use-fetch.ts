import { useEffect, useState } from 'preact/hooks';

/** The state of a request: loading, its data, or its error. */
export interface Fetched<T> {
  data?: T;
  error?: unknown;
  loading: boolean;
}

/**
 * Runs `load` whenever `key` changes, aborting the previous run; `key` undefined runs nothing.
 * `const {data, error, loading} = useFetch(id, (signal) => api.report(id, signal))`.
 */
export function useFetch<T>(key: string | undefined, load: (signal: AbortSignal) => Promise<T>): Fetched<T> {
  const [state, setState] = useState<Fetched<T>>({ loading: key !== undefined });
  useEffect(() => {
    if (key === undefined) {
      setState({ loading: false });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ data: previous.data, loading: true }));
    load(controller.signal).then(
      (data) => !controller.signal.aborted && setState({ data, loading: false }),
      (error: unknown) => !controller.signal.aborted && setState({ error, loading: false }),
    );
    return () => controller.abort();
  }, [key]);
  return state;
}
