import { listRequirements } from '../model/requirements';
import type { PolicyId, Requirement } from '../model/types';
import { buildStatements } from './build-statements';
import type { Scope } from './scope';
import { POLICY_IDS, type CompiledPolicy } from './types';

export type CompiledPolicies = Readonly<Record<PolicyId, CompiledPolicy>>;

/** The whole compiler: the model's requirements, split by policy, turned into statements for one scope. */
export function compilePolicies(scope: Scope, requirements: readonly Requirement[] = listRequirements()): CompiledPolicies {
  const compiled = {} as Record<PolicyId, CompiledPolicy>;
  for (const id of POLICY_IDS) {
    compiled[id] = { id, statements: buildStatements(requirements.filter((r) => r.policy === id), scope) };
  }
  return compiled;
}
