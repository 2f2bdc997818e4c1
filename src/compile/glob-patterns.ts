/**
 * IAM's two wildcards, `*` (any run of characters) and `?` (exactly one), compared as patterns rather than matched
 * against strings: the compiler uses `patternCovers` to drop resources another resource already grants, and the
 * catalog check uses `patternsIntersect` to ask whether a resource can ever name a resource type.
 */

/**
 * Does every string matched by `narrow` also match `wide`? A yes is always right, and the answer is exact when
 * `narrow` has no wildcard; for some pairs of wildcards in different order (`*?` against `b*`) it says no although
 * the answer is yes. For the compiler that can only keep a redundant resource or leave a requirement id off a
 * statement, and its tests check every requirement's id reaches a statement.
 */
export function patternCovers(wide: string, narrow: string): boolean {
  // A literal character of `wide` only ever pairs with the same literal of `narrow`, so the text before its first
  // wildcard and after its last must begin and end `narrow` as written: a cheap answer for most pairs.
  const first = wide.search(/[*?]/);
  if (first < 0) return wide === narrow;
  const last = Math.max(wide.lastIndexOf('*'), wide.lastIndexOf('?'));
  if (!narrow.startsWith(wide.slice(0, first)) || !narrow.endsWith(wide.slice(last + 1))) return false;
  // A `*` in `wide` may absorb anything of `narrow`, wildcards included; a `?` in `wide` may absorb one literal or `?`
  // but never a `*`, which can stand for more than one character.
  const memo = new Map<number, boolean>();
  const covers = (i: number, j: number): boolean => {
    const key = i * (narrow.length + 1) + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (i === wide.length) result = j === narrow.length;
    else if (wide[i] === '*') result = covers(i + 1, j) || (j < narrow.length && covers(i, j + 1));
    else if (j === narrow.length) result = false;
    else if (wide[i] === '?') result = narrow[j] !== '*' && covers(i + 1, j + 1);
    else result = wide[i] === narrow[j] && covers(i + 1, j + 1);
    memo.set(key, result);
    return result;
  };
  return covers(0, 0);
}

/** Is there at least one string that both patterns match? */
export function patternsIntersect(a: string, b: string): boolean {
  const memo = new Map<number, boolean>();
  const meet = (i: number, j: number): boolean => {
    const key = i * (b.length + 1) + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (i === a.length && j === b.length) result = true;
    else if (i < a.length && a[i] === '*') result = meet(i + 1, j) || (j < b.length && meet(i, j + 1));
    else if (j < b.length && b[j] === '*') result = meet(i, j + 1) || (i < a.length && meet(i + 1, j));
    else if (i === a.length || j === b.length) result = false;
    else result = (a[i] === '?' || b[j] === '?' || a[i] === b[j]) && meet(i + 1, j + 1);
    memo.set(key, result);
    return result;
  };
  return meet(0, 0);
}
