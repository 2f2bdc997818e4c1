import type { Requirement } from '../model/types';
import { regionsOfPartition } from '../options/known-regions';
import { needsRegionCondition } from '../compile/region-condition';
import { AGC_DEFAULT_BUCKET, appliesInScope, type Scope } from '../compile/scope';
import type { ProbeResult } from './types';
import { fillWitness, witnessRequest, witnessValues, type WitnessValues } from './witness';

type ScopeProbe = Omit<ProbeResult, 'decision'>;

type Request = ReturnType<typeof witnessRequest>;

/** Whether the option's value shows in the request at all; the session's region alone says nothing to a global service. */
function sameRequest(a: Request, b: Request): boolean {
  const withoutRegion = ({ context, ...rest }: Request) => {
    const { 'aws:RequestedRegion': _region, ...others } = context ?? {};
    return JSON.stringify({ ...rest, context: others });
  };
  return withoutRegion(a) === withoutRegion(b);
}

/**
 * What each narrowing option promises, as requests that differ from a granted requirement only in the thing the
 * option rules out: another region, another project, AGC's default bucket, the CDK fallback when not opted in.
 */
export function scopeProbes(requirements: readonly Requirement[], scope: Scope): ScopeProbe[] {
  const inScope = witnessValues(scope);
  const probes: ScopeProbe[] = [];
  const outsideWith = (kind: string, overrides: Partial<WitnessValues>, reason: string) => {
    const outside = witnessValues(scope, overrides);
    for (const requirement of requirements) {
      if (!appliesInScope(requirement, scope)) continue;
      const request = witnessRequest(requirement, scope, outside);
      const gatedByRegionKey = kind === 'region' && needsRegionCondition(requirement, scope);
      if (gatedByRegionKey || !sameRequest(request, witnessRequest(requirement, scope, inScope))) {
        probes.push({ id: `deny/scope/${kind}/${requirement.id}`, group: 'scope', persona: requirement.persona, request, reason });
      }
    }
  };
  if (scope.regions !== '*') {
    const other = regionsOfPartition(scope.partition).find((region) => !scope.regions.includes(region));
    if (other) outsideWith('region', { region: other }, `--regions allows ${scope.regions.join(', ')} only`);
  }
  if (scope.projects !== '*') {
    outsideWith('project', { project: 'NotListed' }, `--projects allows ${scope.projects.join(', ')} only`);
  }
  if (scope.bucket) {
    const defaultBucket = fillWitness(AGC_DEFAULT_BUCKET, { ...inScope, bucket: '' });
    for (const requirement of requirements.filter((r) => r.resource.includes('{bucket}'))) {
      probes.push({
        id: `deny/scope/bucket/${requirement.id}`,
        group: 'scope',
        persona: requirement.persona,
        request: witnessRequest(requirement, scope, { ...inScope, bucket: defaultBucket }),
        reason: `--bucket names ${scope.bucket} as the data bucket`,
      });
    }
  }
  for (const requirement of requirements.filter((r) => !appliesInScope(r, scope))) {
    probes.push({
      id: `deny/scope/${requirement.optIn}/${requirement.id}`,
      group: 'scope',
      persona: requirement.persona,
      request: witnessRequest(requirement, scope),
      reason: `granted only with --${requirement.optIn}`,
    });
  }
  // A request some applicable requirement makes anyway is no evidence of the option's effect.
  const granted = new Set(
    requirements.filter((r) => appliesInScope(r, scope)).map((r) => `${r.persona} ${JSON.stringify(witnessRequest(r, scope, inScope))}`),
  );
  return probes.filter((probe) => !granted.has(`${probe.persona} ${JSON.stringify(probe.request)}`));
}
