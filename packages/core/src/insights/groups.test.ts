import { describe, expect, it } from 'vitest';
import { candidateBit, chooseGroups, rankPhrases, type CandidateCombination } from './groups';

const combination = (candidates: number[], tickets: number): CandidateCombination => {
  let low = 0;
  let high = 0;
  for (const index of candidates) {
    const [l, h] = candidateBit(index);
    low |= l;
    high |= h;
  }
  return { low, high, tickets };
};

describe('rankPhrases', () => {
  it('ranks by count times rarity, two-word phrases up, and leaves out phrases of one ticket', () => {
    const ranked = rankPhrases(
      [
        { phrase: 'login', count: 10, background: 900 },
        { phrase: 'login code', count: 6, background: 100 },
        { phrase: 'refund', count: 8, background: 50 },
        { phrase: 'once', count: 1, background: 1 },
      ],
      1000,
    );
    expect(ranked.map((tally) => tally.phrase)).toEqual(['login code', 'refund', 'login']);
  });
});

describe('chooseGroups', () => {
  it('drops a candidate whose tickets are mostly in a better-ranked group, across both halves of the mask', () => {
    // 0: login code (10 tickets); 1: login (12, 10 of them with login code); 35: refund (5, 1 with login code).
    const combinations = [combination([0, 1], 10), combination([1], 2), combination([35], 4), combination([0, 35], 1)];
    expect(chooseGroups(40, combinations, 8)).toEqual([0, 35]);
    expect(chooseGroups(40, combinations, 1)).toEqual([0]);
  });

  it('keeps a candidate below the overlap limit', () => {
    // 1 has 10 tickets, 5 of them in 0: 50% < 60%.
    expect(chooseGroups(2, [combination([0, 1], 5), combination([1], 5), combination([0], 3)], 5)).toEqual([0, 1]);
  });
});
