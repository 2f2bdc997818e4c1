import { MANAGED_POLICY_MAX_CHARS, policySize } from '../compile/render-policy';
import type { NamedPolicy } from './engine/types';
import type { PolicySize } from './types';

/** IAM counts a managed policy's characters without white space, against a quota of 6,144. */
export function checkSizes(policies: readonly NamedPolicy[]): PolicySize[] {
  return policies.map((policy) => {
    const size = policySize(policy.document);
    return { policy: policy.name, size, max: MANAGED_POLICY_MAX_CHARS, headroom: MANAGED_POLICY_MAX_CHARS - size };
  });
}
