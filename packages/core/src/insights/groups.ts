/**
 * How groups are chosen from key phrases, in two steps that every backend shares so that insights mean the same on
 * each: `rankPhrases` scores the phrases of a period (TF-IDF) and keeps the best candidates; `chooseGroups` drops the
 * candidates whose tickets are mostly in a better-ranked group. Both read counts only, so a backend may count with
 * whatever it keeps (the memory adapter over per-ticket features, the server over SQL rollups).
 */

/** How many recurring issues, and handoff questions per assistant, a result holds at most. */
export const INSIGHT_GROUP_LIMITS = { recurringIssues: 8, handoffQuestions: 5, examples: 3, minCount: 2 } as const;

/** A phrase is left out when at least this share of its tickets is already in a group ranked above it. */
const OVERLAP_LIMIT = 0.6;
/** Candidates looked at per ranking, before overlapping ones are dropped: at most 64, the bits of a combination. */
export const GROUP_CANDIDATES = 40;
/** How much more a two-word phrase counts than a single word of the same frequency. */
const BIGRAM_WEIGHT = 2;

/** A key phrase: how many tickets of the period hold it, and how many tickets of the background do. */
export interface PhraseTally {
  phrase: string;
  count: number;
  background: number;
}

/**
 * TF-IDF ranking of key phrases: a phrase scores its number of tickets in the period times the log of how rare it is
 * among every ticket in scope (`backgroundSize` tickets), so a phrase in many tickets of the period but few overall
 * ranks first. Returns the best {@link GROUP_CANDIDATES} phrases held by at least `minCount` tickets, best first.
 */
export function rankPhrases(tallies: Iterable<PhraseTally>, backgroundSize: number): PhraseTally[] {
  const scored: { tally: PhraseTally; score: number }[] = [];
  for (const tally of tallies) {
    if (tally.count < INSIGHT_GROUP_LIMITS.minCount) continue;
    const idf = Math.log((1 + backgroundSize) / (1 + tally.background)) + 1;
    // A two-word phrase names a topic better than either word alone ("login code" over "code"): weighted up, as
    // key-phrase extractors weigh longer n-grams.
    const weight = tally.phrase.includes(' ') ? BIGRAM_WEIGHT : 1;
    scored.push({ tally, score: tally.count * idf * weight });
  }
  scored.sort((a, b) => b.score - a.score || b.tally.count - a.tally.count || (a.tally.phrase < b.tally.phrase ? -1 : 1));
  return scored.slice(0, GROUP_CANDIDATES).map((entry) => entry.tally);
}

/**
 * How many tickets of the period hold exactly one combination of the candidates (and none of the others): candidate
 * `i` is bit `i` of `low` for `i < 32`, bit `i - 32` of `high` otherwise.
 */
export interface CandidateCombination {
  low: number;
  high: number;
  tickets: number;
}

/** The bit of candidate `index` in a combination, as `[low, high]` masks. */
export function candidateBit(index: number): [low: number, high: number] {
  return index < 32 ? [(1 << index) | 0, 0] : [0, (1 << (index - 32)) | 0];
}

/**
 * Which candidates (ranked best first, as indices) become groups: each in turn, unless at least 60% of its tickets are
 * already in a chosen group, until `limit` are chosen; so `login` does not repeat `login code`. `combinations` counts
 * the period's tickets by the candidates they hold (tickets holding none may be left out).
 */
export function chooseGroups(candidates: number, combinations: readonly CandidateCombination[], limit: number): number[] {
  const chosen: number[] = [];
  let coveredLow = 0;
  let coveredHigh = 0;
  for (let index = 0; index < candidates && chosen.length < limit; index++) {
    const [low, high] = candidateBit(index);
    let tickets = 0;
    let overlap = 0;
    for (const combination of combinations) {
      if ((combination.low & low) === 0 && (combination.high & high) === 0) continue;
      tickets += combination.tickets;
      if ((combination.low & coveredLow) !== 0 || (combination.high & coveredHigh) !== 0) overlap += combination.tickets;
    }
    if (overlap >= OVERLAP_LIMIT * tickets) continue;
    coveredLow |= low;
    coveredHigh |= high;
    chosen.push(index);
  }
  return chosen;
}
