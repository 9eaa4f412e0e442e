/**
 * The index of the first item at `from` or later, in items sorted by their position (`at`): a binary search, so that
 * a reader that looks up the mentions or lines of each entry stays linear in the text's length.
 */
export function indexFrom<T>(sorted: readonly T[], from: number, at: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (at(sorted[mid] as T) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first value ≥ `from` of a sorted list of numbers (its length when there is none): `indexFrom` with no call per step. */
export function numberIndexFrom(sorted: readonly number[], from: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items (sorted by `at`) at positions in [from, to). */
export function itemsIn<T>(sorted: readonly T[], from: number, to: number, at: (item: T) => number): T[] {
  const lo = indexFrom(sorted, from, at);
  let end = lo;
  while (end < sorted.length && at(sorted[end] as T) < to) end++;
  return sorted.slice(lo, end);
}

/**
 * For spans sorted by start: a lookup of the largest end among the spans that start at or before a position (-1 when
 * none does). A span holds the position when that end passes it, and a range [from, to) when it reaches `to`: one binary
 * search per question, however the spans overlap.
 */
export function reachBefore(sorted: ReadonlyArray<{ start: number; end: number }>): (at: number) => number {
  const reach: number[] = [];
  let far = -1;
  for (const s of sorted) reach.push((far = Math.max(far, s.end)));
  return (at) => reach[indexFrom(sorted, at + 1, (s) => s.start) - 1] ?? -1;
}

/** Whether an item (sorted by `at`) stands at a position in [from, to). */
export function anyIn<T>(sorted: readonly T[], from: number, to: number, at: (item: T) => number): boolean {
  const k = indexFrom(sorted, from, at);
  return k < sorted.length && at(sorted[k] as T) < to;
}

/**
 * The largest of `values`, or `empty` when there is none, by a loop: `Math.max(...values)` passes every value as an
 * argument and overflows the stack past ~100,000 of them, which the lines of a long text reach.
 */
export function largest(values: readonly number[], empty: number): number {
  let out = values.length > 0 ? Number.NEGATIVE_INFINITY : empty;
  for (const v of values) if (v > out) out = v;
  return out;
}

/** The smallest of `values`, or `empty` when there is none (see `largest`). */
export function smallest(values: readonly number[], empty: number): number {
  let out = values.length > 0 ? Number.POSITIVE_INFINITY : empty;
  for (const v of values) if (v < out) out = v;
  return out;
}
