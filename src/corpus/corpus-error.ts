/**
 * A corpus operation that cannot go on — the store cannot be opened or reached, an input yields
 * nothing, a name is unknown. The command line prints its message on one line and exits with 1.
 */
export class CorpusError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CorpusError';
  }
}
