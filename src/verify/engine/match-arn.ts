/**
 * Resource / NotResource matching (the ARN condition operators use the 'arn'
 * dialect of compile-wildcard directly). Patterns without policy variables are compiled once; patterns with
 * variables are resolved per request (compiled regexes are cached by source in
 * compile-wildcard).
 */
import { compileWildcard } from './compile-wildcard';
import { parseTemplate, resolveStatic, resolveTemplate, type Template } from './policy-variables';
import type { RequestContext } from './request-context';

/** Result of testing one resource pattern: a variable that cannot be resolved is 'unresolved'. */
export type PatternResult = 'match' | 'nomatch' | 'unresolved';
export type ResourcePattern = (resource: string, context: RequestContext) => PatternResult;

export function compileResourcePattern(source: string, variablesEnabled: boolean): ResourcePattern {
  const template: Template = parseTemplate(source, variablesEnabled);
  if (!template.dynamic) {
    const matcher = compileWildcard(resolveStatic(template), 'resource');
    return (resource) => (matcher(resource) ? 'match' : 'nomatch');
  }
  return (resource, context) => {
    const parts = resolveTemplate(template, context);
    if (parts === undefined) return 'unresolved';
    return compileWildcard(parts, 'resource')(resource) ? 'match' : 'nomatch';
  };
}

/**
 * Resource: matches when any pattern matches (an unresolved variable matches nothing).
 * NotResource: applies only when no pattern matches *and* every pattern could be
 * resolved — a pattern with a missing variable cannot prove the resource is outside it.
 */
export function compileResourceElement(
  patterns: readonly string[],
  negated: boolean,
  variablesEnabled: boolean,
): (resource: string, context: RequestContext) => boolean {
  const compiled = patterns.map((p) => compileResourcePattern(String(p), variablesEnabled));
  if (!negated) {
    return (resource, context) => {
      for (const p of compiled) if (p(resource, context) === 'match') return true;
      return false;
    };
  }
  return (resource, context) => {
    for (const p of compiled) if (p(resource, context) !== 'nomatch') return false;
    return true;
  };
}

