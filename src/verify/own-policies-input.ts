import { scopeFor } from '../compile/scope';
import { PERSONA_OF_POLICY, POLICY_IDS, POLICY_NAMES } from '../compile/types';
import { exportPolicyDocuments } from '../export/export-policies';
import { listRequirements } from '../model/requirements';
import { longestPartition } from '../options/known-regions';
import type { PermissionsOptions } from '../options/types';
import type { NamedPolicy } from './engine/types';
import type { VerifyInput } from './verify-policies';

function named(documents: ReturnType<typeof exportPolicyDocuments>): NamedPolicy[] {
  return POLICY_IDS.map((id) => ({ name: POLICY_NAMES[id], document: documents[id] as unknown as NamedPolicy['document'] }));
}

/** Our own three policies for one account, with their worst-case twins (longest partition) for the size check. */
export function ownPoliciesInput(options: PermissionsOptions, account: string): VerifyInput {
  const policies = named(exportPolicyDocuments(options, account));
  const byPersona = (persona: 'admin' | 'user') => policies.filter((_, index) => PERSONA_OF_POLICY[POLICY_IDS[index]] === persona);
  return {
    policies: { admin: byPersona('admin'), user: byPersona('user') },
    scope: scopeFor(options.partition, account, options.scope),
    requirements: listRequirements(),
    sizeDocuments: named(exportPolicyDocuments({ ...options, partition: longestPartition() }, account)),
  };
}
