import { MANAGED_POLICY_MAX_CHARS, policySize } from '../compile/render-policy';
import { POLICY_IDS, POLICY_NAMES } from '../compile/types';
import { longestPartition } from '../options/known-regions';
import type { PermissionsOptions } from '../options/types';
import { UsageError } from '../options/usage-error';
import { exportPolicyDocuments } from './export-policies';

/**
 * IAM rejects a managed policy over 6,144 characters, and CloudFormation would only say so halfway through a
 * deployment. So synth and export measure each policy first, at its largest (the longest partition name, a
 * 12-digit account), and refuse a combination of options that cannot fit.
 */
export function ensurePoliciesFit(options: PermissionsOptions): void {
  const documents = exportPolicyDocuments({ ...options, partition: longestPartition() }, '123456789012');
  for (const id of POLICY_IDS) {
    const size = policySize(documents[id]);
    if (size > MANAGED_POLICY_MAX_CHARS) {
      const regions = options.scope.regions === '*' ? 'every region' : `${options.scope.regions.length} regions`;
      throw new UsageError(
        'PolicyTooLarge',
        `${POLICY_NAMES[id]} would be ${size} characters with ${regions}; expected at most ${MANAGED_POLICY_MAX_CHARS} (IAM's quota): name fewer --regions or leave them out`,
      );
    }
  }
}
