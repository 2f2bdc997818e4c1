import { MANAGED_POLICY_MAX_CHARS, policySize } from '../compile/render-policy';
import { POLICY_IDS, POLICY_NAMES } from '../compile/types';
import { longestPartition } from '../options/known-regions';
import type { PermissionsOptions } from '../options/types';
import { UsageError } from '../options/usage-error';
import { exportPolicyDocuments } from './export-policies';

const counted = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** The narrowed lists a policy grows with: each named region and project adds ARNs. */
function narrowedLists(options: PermissionsOptions): { flag: string; text: string }[] {
  const { regions, projects } = options.scope;
  return [
    ...(regions === '*' ? [] : [{ flag: '--regions', text: counted(regions.length, 'region') }]),
    ...(projects === '*' ? [] : [{ flag: '--projects', text: counted(projects.length, 'project') }]),
  ];
}

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
      const lists = narrowedLists(options);
      // Without narrowed lists the policies are the same for everyone, and the test suite measures them.
      if (lists.length === 0) throw new Error(`${POLICY_NAMES[id]} is ${size} characters for every region and project: a bug`);
      throw new UsageError(
        'PolicyTooLarge',
        `${POLICY_NAMES[id]} would be ${size} characters with ${lists.map((list) => list.text).join(' and ')}; expected at most ${MANAGED_POLICY_MAX_CHARS} (IAM's quota): name fewer ${lists.map((list) => list.flag).join(' or ')}, or split them over stacks with their own --stack-name`,
      );
    }
  }
}
