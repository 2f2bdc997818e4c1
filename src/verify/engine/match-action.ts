/**
 * Action / NotAction matching. Service prefix and action name are
 * case-insensitive in IAM, so both sides are lower-cased; exact names go in a
 * Set and only wildcard patterns become regexes.
 */
import { compileWildcard, type Matcher } from './compile-wildcard';

export type ActionMatcher = (lowerAction: string) => boolean;

export function compileActionMatcher(patterns: readonly string[]): ActionMatcher {
  const exact = new Set<string>();
  const wild: Matcher[] = [];
  for (const raw of patterns) {
    const pattern = String(raw).toLowerCase();
    if (pattern === '*') return () => true;
    if (pattern.includes('*') || pattern.includes('?')) wild.push(compileWildcard([{ text: pattern, literal: false }], 'string'));
    else exact.add(pattern);
  }
  if (wild.length === 0) return (action) => exact.has(action);
  return (action) => {
    if (exact.has(action)) return true;
    for (const m of wild) if (m(action)) return true;
    return false;
  };
}
