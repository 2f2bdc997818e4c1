import { compilePolicies } from '../compile/compile-policies';
import { renderPolicy } from '../compile/render-policy';
import { scopeFor } from '../compile/scope';
import { POLICY_IDS, POLICY_NAMES, type PolicyJson } from '../compile/types';
import type { PolicyId } from '../model/types';
import type { PermissionsOptions } from '../options/types';

/** The three policies with concrete ARNs for one account and partition, as IAM reads them. */
export function exportPolicyDocuments(options: PermissionsOptions, account: string): Record<PolicyId, PolicyJson> {
  const compiled = compilePolicies(scopeFor(options.partition, account, options.scope));
  return Object.fromEntries(POLICY_IDS.map((id) => [id, renderPolicy(compiled[id])])) as Record<PolicyId, PolicyJson>;
}

/**
 * File name -> content, two-space indent and a final newline. The documents are built from sorted data in a fixed
 * field order, so the same inputs give the same bytes, in the same order as the stack's template.
 */
export function exportPolicyFiles(documents: Readonly<Record<PolicyId, PolicyJson>>): Record<string, string> {
  return Object.fromEntries(POLICY_IDS.map((id) => [`${POLICY_NAMES[id]}.json`, `${JSON.stringify(documents[id], null, 2)}\n`]));
}
