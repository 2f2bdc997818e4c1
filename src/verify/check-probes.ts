import type { Scope } from '../compile/scope';
import { evaluatePolicies } from './engine/evaluate-policies';
import { MUST_DENY_PROBES } from './must-deny-probes';
import { scopeProbes } from './scope-probes';
import type { PoliciesByPersona, ProbeResult } from './types';
import type { Requirement } from '../model/types';
import { fillWitness, witnessValues } from './witness';

/** The built-in probes for each persona they apply to, plus the probes the scope's options imply. */
export function checkProbes(requirements: readonly Requirement[], policies: PoliciesByPersona, scope: Scope): ProbeResult[] {
  const values = witnessValues(scope);
  const applicable = MUST_DENY_PROBES.filter((probe) => !probe.unlessOptIn || !scope.optIns.includes(probe.unlessOptIn));
  const builtIn = applicable.flatMap((probe) =>
    probe.personas.map((persona) => ({
      id: probe.id,
      group: probe.group,
      persona,
      reason: probe.reason,
      request: {
        action: probe.action,
        resource: fillWitness(probe.resource, values),
        context: {
          'aws:RequestedRegion': values.region,
          ...Object.fromEntries(Object.entries(probe.context ?? {}).map(([key, value]) => [key, typeof value === 'string' ? fillWitness(value, values) : value])),
        },
      },
    })),
  );
  return [...builtIn, ...scopeProbes(requirements, scope)].map((probe) => ({
    ...probe,
    decision: evaluatePolicies(policies[probe.persona], probe.request).decision,
  }));
}
