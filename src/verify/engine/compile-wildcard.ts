/**
 * Compiles `*` / `?` wildcard patterns to matcher functions. Three dialects:
 *
 * - 'string'   StringLike and Action: `*` and `?` match any character.
 * - 'resource' Resource/NotResource: wildcards stay inside their colon-separated
 *              ARN segment, except that, per the IAM docs, "if the * wildcard is
 *              the last character of a resource ARN segment, it can expand to
 *              match beyond the colon boundaries". The resource segment (after
 *              the fifth colon) may itself contain colons, which `*` spans.
 * - 'arn'      ArnLike/ArnEquals: "each of the six colon-delimited components of
 *              the ARN is checked separately" — no expansion across segments,
 *              and a pattern with fewer than six components matches nothing.
 *
 * Compiled regexes are cached by source because patterns built from policy
 * variables recur across requests.
 */
import type { ResolvedPart } from './policy-variables';

export type WildcardDialect = 'string' | 'resource' | 'arn';
export type Matcher = (value: string) => boolean;

const MATCH_ALL: Matcher = () => true;
const MATCH_NONE: Matcher = () => false;
const REGEX_SPECIAL = /[\\^$.*+?()[\]{}|/]/g;
const CACHE_LIMIT = 4096;
const cache = new Map<string, Matcher>();

export function escapeRegex(text: string): string {
  return text.replace(REGEX_SPECIAL, '\\$&');
}

function hasWildcard(parts: readonly ResolvedPart[]): boolean {
  for (const p of parts) if (!p.literal && (p.text.includes('*') || p.text.includes('?'))) return true;
  return false;
}

/** Flatten to characters tagged as wildcard or literal, so segment tracking can look ahead across parts. */
function flatten(parts: readonly ResolvedPart[]): { ch: string; wild: boolean }[] {
  const out: { ch: string; wild: boolean }[] = [];
  for (const p of parts) {
    for (const ch of p.text) out.push({ ch, wild: !p.literal && (ch === '*' || ch === '?') });
  }
  return out;
}

function regexSource(parts: readonly ResolvedPart[], dialect: WildcardDialect): string | undefined {
  const chars = flatten(parts);
  let src = '^';
  let segment = 0;
  for (let i = 0; i < chars.length; i++) {
    const { ch, wild } = chars[i]!;
    if (!wild) {
      if (ch === ':') segment++;
      src += escapeRegex(ch);
      continue;
    }
    const inArnPrefix = dialect !== 'string' && segment < 5;
    if (ch === '?') {
      src += inArnPrefix ? '[^:]' : '[\\s\\S]';
    } else if (!inArnPrefix) {
      src += '[\\s\\S]*';
    } else {
      const next = chars[i + 1];
      const lastOfSegment = next === undefined || (!next.wild && next.ch === ':');
      src += dialect === 'resource' && lastOfSegment ? '[\\s\\S]*' : '[^:]*';
    }
  }
  if (dialect === 'arn' && segment < 5) return undefined;
  return src + '$';
}

export function compileWildcard(parts: readonly ResolvedPart[], dialect: WildcardDialect, ignoreCase = false): Matcher {
  if (parts.length === 1 && !parts[0]!.literal && parts[0]!.text === '*' && dialect !== 'arn') return MATCH_ALL;
  if (!hasWildcard(parts) && dialect !== 'arn') {
    const exact = parts.map((p) => p.text).join('');
    if (!ignoreCase) return (value) => value === exact;
    const lower = exact.toLowerCase();
    return (value) => value.toLowerCase() === lower;
  }
  const src = regexSource(parts, dialect);
  if (src === undefined) return MATCH_NONE;
  const cacheKey = (ignoreCase ? 'i' : 's') + src;
  let matcher = cache.get(cacheKey);
  if (matcher === undefined) {
    const re = new RegExp(src, ignoreCase ? 'i' : '');
    matcher = (value) => re.test(value);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(cacheKey, matcher);
  }
  return matcher;
}
