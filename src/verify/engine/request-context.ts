/**
 * Case-insensitive view of a request context. IAM condition keys (including the
 * tag-key part of aws:PrincipalTag/...) are case-insensitive, so keys are folded
 * once per request instead of on every lookup.
 */

export type ContextValue = string | readonly string[];

export interface RequestContext {
  get(lowerKey: string): ContextValue | undefined;
}

const EMPTY: RequestContext = { get: () => undefined };

export function createRequestContext(context: Readonly<Record<string, ContextValue>> | undefined): RequestContext {
  if (context === undefined) return EMPTY;
  const keys = Object.keys(context);
  if (keys.length === 0) return EMPTY;
  const map = new Map<string, ContextValue>();
  for (const key of keys) map.set(key.toLowerCase(), context[key]!);
  return map;
}
