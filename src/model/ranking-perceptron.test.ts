import { describe, expect, it } from 'vitest';
import { RankingPerceptron } from './ranking-perceptron.js';

describe('ranking perceptron', () => {
  it('learns to rank the candidate with the telling feature first, and averages over every step', () => {
    const ranker = new RankingPerceptron();
    const choices: string[][][] = [[['a', 'good'], ['b']], [['c'], ['d', 'good']], [['good', 'e'], ['f']]];
    for (let epoch = 0; epoch < 3; epoch++) {
      for (const choice of choices) {
        const right = choice.find((c) => c.includes('good')) as string[];
        const chosen = [...choice].sort((x, y) => ranker.score(y) - ranker.score(x))[0];
        if (chosen !== right) ranker.correct(right, chosen);
        ranker.step();
      }
    }
    const weights = ranker.averaged();
    expect(weights.get('good')).toBeGreaterThan(0);
    expect(weights.get('good')!).toBeLessThan(ranker.weights.get('good')!);
    expect(ranker.score(['good'])).toBeGreaterThan(ranker.score(['b']));
  });
});
