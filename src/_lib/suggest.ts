/** The largest edit distance at which a known name is suggested for a misspelt one. */
export const MAX_SUGGESTION_DISTANCE = 2;

/**
 * The optimal-string-alignment distance between two strings (Levenshtein plus the swap of two
 * neighbours, the Damerau variant), or `limit + 1` as soon as it is known to exceed `limit`.
 * Linear in memory, and O(|a| × |b|) at worst; strings whose lengths differ by more than
 * `limit` cost nothing.
 */
export function editDistance(a: string, b: string, limit = MAX_SUGGESTION_DISTANCE): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0); // row i - 2
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j); // row i - 1
  for (let i = 1; i <= a.length; i += 1) {
    const current = new Array<number>(b.length + 1).fill(0);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, limit + 1);
}

/**
 * The known name a misspelt one most likely meant: one equal to it ignoring case, else the
 * nearest within an edit distance of 2 that is also shorter than both names (so `x` suggests
 * nothing rather than any two-letter key). Ties go to the earlier known name.
 *
 * @example
 * suggestion('xlrfeed', ['organizerManagesSound', 'xlrFeed']) //=> 'xlrFeed'
 * suggestion('releaseLeadDay', ['releaseLeadDays', 'profileLeadDays']) //=> 'releaseLeadDays'
 * suggestion('colour', ['id', 'name']) //=> undefined
 */
export function suggestion(got: string, known: readonly string[]): string | undefined {
  const lower = got.toLowerCase();
  const sameButCase = known.find((name) => name.toLowerCase() === lower);
  if (sameButCase !== undefined) return sameButCase;
  let best: string | undefined;
  let bestDistance = MAX_SUGGESTION_DISTANCE + 1;
  for (const name of known) {
    const distance = editDistance(got, name, MAX_SUGGESTION_DISTANCE);
    if (distance < bestDistance && distance < Math.min(got.length, name.length)) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}
