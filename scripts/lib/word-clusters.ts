/**
 * Distributional word classes by spherical k-means, shared by the scripts that derive word-cluster
 * files from the PerDT train token stream (CC BY-SA 4.0): each word seen at least `minCount` times
 * becomes a sparse vector of its left and right neighbours among the `contexts` most frequent words
 * (square-root counts, unit length); k-means groups the words into `fine` classes, and k-means
 * over those centroids groups the fine classes into `coarse` ones, so the two levels nest.
 */

interface Sparse {
  index: Int32Array;
  value: Float32Array;
}

/** A deterministic random number generator (mulberry32). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function contextVectors(sentences: string[][], minCount: number, contexts: number): { words: string[]; vectors: Sparse[]; dims: number } {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  const byFrequency = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const contextId = new Map(byFrequency.slice(0, contexts).map(([w], i) => [w, i]));
  const words = byFrequency.filter(([, n]) => n >= minCount).map(([w]) => w);
  const wordId = new Map(words.map((w, i) => [w, i]));
  const dims = 2 * (contexts + 2);
  const rows = words.map(() => new Map<number, number>());
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const id = wordId.get(s[i]);
      if (id === undefined) continue;
      const left = i === 0 ? contexts : contextId.get(s[i - 1]) ?? contexts + 1;
      const right = i + 1 === s.length ? contexts : contextId.get(s[i + 1]) ?? contexts + 1;
      const row = rows[id];
      row.set(left, (row.get(left) ?? 0) + 1);
      row.set(contexts + 2 + right, (row.get(contexts + 2 + right) ?? 0) + 1);
    }
  }
  const vectors = rows.map((row) => {
    const entries = [...row].sort((a, b) => a[0] - b[0]);
    const value = Float32Array.from(entries.map(([, n]) => Math.sqrt(n)));
    const norm = Math.hypot(...value) || 1;
    for (let k = 0; k < value.length; k++) value[k] /= norm;
    return { index: Int32Array.from(entries.map(([d]) => d)), value };
  });
  return { words, vectors, dims };
}

function dot(v: Sparse, centroid: Float32Array, offset: number): number {
  let sum = 0;
  for (let k = 0; k < v.index.length; k++) sum += v.value[k] * centroid[offset + v.index[k]];
  return sum;
}

/** Spherical k-means on sparse unit vectors; returns each vector's cluster and the centroids. */
function kmeans(vectors: Sparse[], dims: number, k: number, iterations: number, seed: number): { assign: Int32Array; centroids: Float32Array } {
  const next = random(seed);
  const centroids = new Float32Array(k * dims);
  for (let c = 0; c < k; c++) {
    const v = vectors[Math.floor(next() * vectors.length)];
    for (let j = 0; j < v.index.length; j++) centroids[c * dims + v.index[j]] = v.value[j];
  }
  const assign = new Int32Array(vectors.length);
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < vectors.length; i++) {
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const score = dot(vectors[i], centroids, c * dims);
        if (score > bestScore) [best, bestScore] = [c, score];
      }
      assign[i] = best;
    }
    centroids.fill(0);
    for (let i = 0; i < vectors.length; i++) {
      const v = vectors[i];
      for (let j = 0; j < v.index.length; j++) centroids[assign[i] * dims + v.index[j]] += v.value[j];
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += centroids[c * dims + d] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dims; d++) centroids[c * dims + d] /= norm;
    }
  }
  return { assign, centroids };
}

/** Options of {@link clusterWords}. */
export interface ClusterOptions {
  fine: number;
  coarse: number;
  minCount: number;
  contexts: number;
  iterations?: number;
}

/** The clustered words, most frequent first, with their fine and coarse class (0-based). */
export interface WordClusters {
  words: string[];
  fine: Int32Array;
  coarse: Int32Array;
}

/** Clusters the words of `sentences` (already keyed as the caller wants them). */
export function clusterWords(sentences: string[][], options: ClusterOptions): WordClusters {
  const iterations = options.iterations ?? 12;
  const { words, vectors, dims } = contextVectors(sentences, options.minCount, options.contexts);
  const fineResult = kmeans(vectors, dims, options.fine, iterations, 7);
  const centroidVectors: Sparse[] = [];
  for (let c = 0; c < options.fine; c++) {
    const index: number[] = [];
    const value: number[] = [];
    for (let d = 0; d < dims; d++) {
      const v = fineResult.centroids[c * dims + d];
      if (v !== 0) {
        index.push(d);
        value.push(v);
      }
    }
    centroidVectors.push({ index: Int32Array.from(index), value: Float32Array.from(value) });
  }
  const coarseResult = kmeans(centroidVectors, dims, options.coarse, iterations, 11);
  const coarse = Int32Array.from(fineResult.assign, (f) => coarseResult.assign[f]);
  return { words, fine: fineResult.assign, coarse };
}
