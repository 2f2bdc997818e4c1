import { catalogVersion } from '../catalog/iam-catalog';
import type { Scope } from '../compile/scope';
import type { Requirement } from '../model/types';
import { checkCatalog } from './check-catalog';
import { checkProbes } from './check-probes';
import { checkRequirements, summarizeCommands } from './check-requirements';
import { checkSizes } from './check-size';
import type { NamedPolicy } from './engine/types';
import { findUnusedGrants } from './find-unused-grants';
import type { PoliciesByPersona, VerifyReport } from './types';
import { witnessSessions } from './witness';

export interface VerifyInput {
  readonly policies: PoliciesByPersona;
  /** A concrete scope: the account and partition the policies name, and the options they were made with. */
  readonly scope: Scope;
  readonly requirements: readonly Requirement[];
  /** The documents to measure; for our own policies, the worst case of the longest partition. Defaults to the policies. */
  readonly sizeDocuments?: readonly NamedPolicy[];
}

/** Every check, over one set of policies: the report `verify` prints. `ok` only when all of it holds. */
export async function verifyPolicies(input: VerifyInput): Promise<VerifyReport> {
  const allPolicies = [...input.policies.admin, ...input.policies.user];
  const results = checkRequirements(input.requirements, input.policies, input.scope);
  const probes = checkProbes(input.requirements, input.policies, input.scope);
  const allowedProbes = probes.filter((probe) => probe.decision === 'Allowed');
  const catalogFindings = await checkCatalog(allPolicies);
  const sizes = checkSizes(input.sizeDocuments ?? allPolicies);
  const mustAllow = {
    admin: results.filter((r) => r.requirement.persona === 'admin').map((r) => r.request),
    user: results.filter((r) => r.requirement.persona === 'user').map((r) => r.request),
  };
  const unusedGrants = findUnusedGrants(input.policies, mustAllow);
  const commands = summarizeCommands(results);
  const ok =
    commands.every((command) => command.denied.length === 0) &&
    allowedProbes.length === 0 &&
    catalogFindings.length === 0 &&
    sizes.every((size) => size.headroom >= 0) &&
    unusedGrants.length === 0;
  return {
    ok,
    catalog: await catalogVersion(),
    commands,
    sessions: witnessSessions(input.scope).length,
    probes: { total: probes.length, denied: probes.length - allowedProbes.length, allowed: allowedProbes },
    catalogFindings,
    sizes,
    unusedGrants,
  };
}
