/**
 * An averaged perceptron that ranks candidates by their string features (Collins 2002, with the
 * averaging trick of Daumé's thesis): for each choice, if the best-scoring candidate is wrong, the
 * right one's features gain 1 and the wrong one's lose 1. Used to learn which sides an event has
 * (`scripts/train-events.ts`) and to measure a learned recipient chooser (`eval/recipient-chooser.ts`).
 */
export class RankingPerceptron {
  readonly weights = new Map<string, number>();
  private readonly totals = new Map<string, number>();
  private steps = 1;

  /** The score of a candidate's features. */
  score(features: readonly string[]): number {
    let s = 0;
    for (const f of features) s += this.weights.get(f) ?? 0;
    return s;
  }

  /** One choice made wrongly: toward `right`'s features, away from `chosen`'s. */
  correct(right: readonly string[], chosen: readonly string[]): void {
    this.add(right, 1);
    this.add(chosen, -1);
  }

  /** Counts one choice seen (right or wrong), for the average. */
  step(): void {
    this.steps++;
  }

  private add(features: readonly string[], by: number): void {
    for (const f of features) {
      this.weights.set(f, (this.weights.get(f) ?? 0) + by);
      this.totals.set(f, (this.totals.get(f) ?? 0) + by * this.steps);
    }
  }

  /** The averaged weights (the running weights minus what they gained late, over all steps). */
  averaged(): Map<string, number> {
    const out = new Map<string, number>();
    for (const [f, w] of this.weights) out.set(f, w - (this.totals.get(f) ?? 0) / this.steps);
    return out;
  }
}
