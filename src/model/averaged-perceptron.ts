/**
 * A binary averaged perceptron over string features (Collins 2002; the averaging trick of
 * Daumé's thesis): training keeps, for every weight, the running total needed to return the
 * average of all intermediate weight vectors, which generalizes far better than the last one.
 * Used where a decision needs to weigh many weak clues, such as whether a half-space belongs
 * between two letters of an unknown word.
 */
export class BinaryPerceptron {
  readonly weights = new Map<string, number>();
  private readonly totals = new Map<string, number>();
  private readonly stamps = new Map<string, number>();
  private instances = 0;

  /** The score of a feature set: positive means yes. */
  score(features: readonly string[]): number {
    let sum = 0;
    for (const feature of features) sum += this.weights.get(feature) ?? 0;
    return sum;
  }

  /** One online step: if the prediction is wrong, move the weights toward the truth. */
  train(features: readonly string[], truth: boolean): void {
    this.instances++;
    const predicted = this.score(features) > 0;
    if (predicted === truth) return;
    const delta = truth ? 1 : -1;
    for (const feature of features) this.update(feature, delta);
  }

  private update(feature: string, delta: number): void {
    const weight = this.weights.get(feature) ?? 0;
    const stamp = this.stamps.get(feature) ?? 0;
    this.totals.set(feature, (this.totals.get(feature) ?? 0) + (this.instances - stamp) * weight);
    this.stamps.set(feature, this.instances);
    this.weights.set(feature, weight + delta);
  }

  /** Replaces each weight by its average over all steps; call once after training. */
  average(): void {
    for (const [feature, weight] of this.weights) {
      const total = (this.totals.get(feature) ?? 0) + (this.instances - (this.stamps.get(feature) ?? 0)) * weight;
      const averaged = total / Math.max(1, this.instances);
      if (Math.abs(averaged) < 1e-6) this.weights.delete(feature);
      else this.weights.set(feature, averaged);
    }
    this.totals.clear();
    this.stamps.clear();
  }

  /** The weights as `feature<TAB>weight` lines, largest first, rounded to `digits` places. */
  serialize(digits = 4): string {
    return [...this.weights]
      .filter(([, w]) => Math.abs(w) >= 10 ** -digits)
      .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1))
      .map(([f, w]) => `${f}\t${Number(w.toFixed(digits))}`)
      .join('\n');
  }

  /** Reads weights written by {@link serialize} (`#` lines are comments). */
  static parse(text: string): BinaryPerceptron {
    const model = new BinaryPerceptron();
    for (const line of text.split('\n')) {
      if (line === '' || line.startsWith('#')) continue;
      const tab = line.lastIndexOf('\t');
      model.weights.set(line.slice(0, tab), Number(line.slice(tab + 1)));
    }
    return model;
  }
}
