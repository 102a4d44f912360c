import { describeFailure } from '../lib/api-client.js';

/** A polite live region: "loading" while waiting, the failure in Persian when a request failed. */
export function Status({ loading, error, empty }: { loading?: boolean; error?: unknown; empty?: string }) {
  if (error) return <p class="status error" role="alert">{describeFailure(error)}</p>;
  return <p class="status" role="status" aria-live="polite">{loading ? 'در حال بارگیری…' : empty}</p>;
}
