/** The largest edit distance at which a known name is suggested for a misspelt one. */
export const MAX_SUGGESTION_DISTANCE = 2;

/**
 * The optimal-string-alignment distance between two strings (Levenshtein plus the swap of two
 * neighbours, the Damerau variant), or `limit + 1` when it is more than `limit`. Strings whose
 * lengths differ by more than `limit` cost nothing; others O(|a| × |b|), in linear memory.
 */
export function editDistance(a: string, b: string, limit = MAX_SUGGESTION_DISTANCE): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = []; // row i - 2
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j); // row i - 1
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
        i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] ? before[j - 2]! + 1 : Infinity,
      );
    }
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
  let best: string | undefined;
  let bestDistance = MAX_SUGGESTION_DISTANCE + 1;
  const lower = got.toLowerCase();
  for (const name of known) {
    // Equal ignoring case counts as distance -1: it wins over any edit.
    const distance = name.toLowerCase() === lower ? -1 : editDistance(got, name);
    if (distance < bestDistance && distance < Math.min(got.length, name.length)) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}
