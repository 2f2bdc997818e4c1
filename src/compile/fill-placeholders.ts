import { AGC_DEFAULT_BUCKET, type Scope } from './scope';

/** Placeholder names a pattern may use; anything else in braces is a model error. */
export const PLACEHOLDERS = ['partition', 'region', 'account', 'bucket', 'project', 'user', 'context'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const PLACEHOLDER = /\{([a-z]+)\}/g;

/** The values one placeholder takes in a scope. AGC user ids and context names are never known in advance. */
function valuesOf(name: Placeholder, scope: Scope): readonly string[] {
  switch (name) {
    case 'partition':
      return [scope.partition];
    case 'account':
      return [scope.account];
    case 'region':
      return scope.regions === '*' ? ['*'] : scope.regions;
    case 'project':
      return scope.projects === '*' ? ['*'] : scope.projects;
    case 'bucket':
      return [scope.bucket ?? AGC_DEFAULT_BUCKET];
    case 'user':
    case 'context':
      return ['*'];
  }
}

export function placeholdersIn(pattern: string): Placeholder[] {
  const names = [...pattern.matchAll(PLACEHOLDER)].map((m) => m[1]);
  for (const name of names) {
    if (!(PLACEHOLDERS as readonly string[]).includes(name)) {
      throw new Error(`unknown placeholder '{${name}}' in '${pattern}'; expected one of ${PLACEHOLDERS.join(', ')}`);
    }
  }
  return [...new Set(names)] as Placeholder[];
}

/**
 * Every concrete pattern a placeholder pattern stands for in this scope: one per combination of listed regions
 * and projects. `{bucket}` is filled first because AGC's default bucket name itself holds placeholders.
 */
export function fillPlaceholders(pattern: string, scope: Scope): string[] {
  let results = [pattern.replaceAll('{bucket}', valuesOf('bucket', scope)[0])];
  for (const name of placeholdersIn(results[0])) {
    const token = `{${name}}`;
    results = results.flatMap((partial) => valuesOf(name, scope).map((value) => partial.replaceAll(token, value)));
  }
  return [...new Set(results)].sort();
}
