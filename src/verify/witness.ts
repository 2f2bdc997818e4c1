import type { ConditionBlock, Requirement } from '../model/types';
import { conditionsWithRegion } from '../compile/region-condition';
import { AGC_DEFAULT_BUCKET, type Scope } from '../compile/scope';
import type { EvaluationRequest } from './engine/types';

/**
 * Concrete values standing for one real AGC session inside the scope: the first listed region and project, an
 * AGC-style user id (letters of the e-mail, then a hash) and a context name.
 */
export interface WitnessValues {
  readonly partition: string;
  readonly account: string;
  readonly region: string;
  readonly project: string;
  readonly user: string;
  readonly context: string;
  readonly bucket: string;
}

export function witnessValues(scope: Scope, overrides: Partial<WitnessValues> = {}): WitnessValues {
  const region = overrides.region ?? (scope.regions === '*' ? 'us-east-1' : scope.regions[0]);
  const base = {
    partition: scope.partition,
    account: scope.account,
    region,
    project: scope.projects === '*' ? 'Demo' : scope.projects[0],
    user: 'jdoe3bY9kQ',
    context: 'ctx1',
    ...overrides,
  };
  return { ...base, bucket: overrides.bucket ?? scope.bucket ?? fillWitness(AGC_DEFAULT_BUCKET, { ...base, bucket: '' }) };
}

/**
 * Every session a requirement is tried in: each named region with each named project, so a grant missing for
 * one region or one project is found. Where the scope names none, one sample stands for all (the policies then
 * use a wildcard there, the same for every value).
 */
export function witnessSessions(scope: Scope): WitnessValues[] {
  const regions = scope.regions === '*' ? [undefined] : scope.regions;
  const projects = scope.projects === '*' ? [undefined] : scope.projects;
  return regions.flatMap((region) => projects.map((project) => witnessValues(scope, { ...(region ? { region } : {}), ...(project ? { project } : {}) })));
}

/** A pattern with its placeholders set to the witness and its wildcards to sample text: a name AWS could see. */
export function fillWitness(pattern: string, values: WitnessValues): string {
  if (pattern === '*') return '*';
  return pattern
    .replace(/\{([a-z]+)\}/g, (_, name: string) => {
      const value = values[name as keyof WitnessValues];
      if (value === undefined) throw new Error(`unknown placeholder '{${name}}' in '${pattern}'`);
      return value;
    })
    .replaceAll('*', 'w1')
    .replaceAll('?', 'q');
}

/** The request context a real call would carry for the requirement's own conditions. */
function witnessContext(conditions: ConditionBlock | undefined, values: WitnessValues): Record<string, string | string[]> {
  const context: Record<string, string | string[]> = { 'aws:RequestedRegion': values.region };
  for (const [operator, keys] of Object.entries(conditions ?? {})) {
    for (const [key, raw] of Object.entries(keys)) {
      // The region is the session's, whatever the grant allows: that is what makes another-region probes honest.
      if (key.toLowerCase() === 'aws:requestedregion') continue;
      const first = typeof raw === 'string' ? raw : raw[0];
      const value = operator === 'Null' ? 'present' : fillWitness(first, values);
      context[key] = operator.startsWith('ForAllValues:') || operator.startsWith('ForAnyValue:') ? [value] : value;
    }
  }
  return context;
}

/** The request a requirement stands for, made by the witness session. */
export function witnessRequest(requirement: Requirement, scope: Scope, values: WitnessValues = witnessValues(scope)): EvaluationRequest {
  return {
    action: requirement.action,
    resource: fillWitness(requirement.resource, values),
    context: witnessContext(conditionsWithRegion(requirement, scope), values),
  };
}
