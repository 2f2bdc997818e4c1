import { MANAGED_POLICY_MAX_CHARS, policySize } from '../src/compile/render-policy';
import { POLICY_IDS, POLICY_NAMES } from '../src/compile/types';
import { exportPolicyDocuments } from '../src/export/export-policies';
import { longestPartition, regionsOfPartition } from '../src/options/known-regions';
import type { Scope } from '../src/compile/scope';
import { resolveOptions } from '../src/options/resolve-options';

type Narrowing = Pick<Scope, 'regions' | 'projects'>;

/** Worst-case sizes (longest partition, 12-digit account), as synth and export measure them before writing. */
function sizesFor(narrowing: Narrowing): string {
  const defaults = resolveOptions({ flags: {} }).options;
  const documents = exportPolicyDocuments({ ...defaults, partition: longestPartition(), scope: { ...defaults.scope, ...narrowing } }, '123456789012');
  return POLICY_IDS.map((id) => `${POLICY_NAMES[id]} ${policySize(documents[id])}`).join(', ');
}

/** How each named region and project grows the policies, against IAM's quota: figures to watch, not to assert. */
export function benchSizes(): void {
  // The longest region names of the commercial partition, so the figures are the largest a user can meet.
  const regions = [...regionsOfPartition('aws')].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  console.log(`policy sizes, worst case, quota ${MANAGED_POLICY_MAX_CHARS}:`);
  console.log(`  every region, every project: ${sizesFor({ regions: '*', projects: '*' })}`);
  for (const count of [1, 2, 3]) {
    console.log(`  ${count} region(s): ${sizesFor({ regions: regions.slice(0, count), projects: '*' })}`);
  }
  for (const count of [1, 5, 10, 11]) {
    const projects = Array.from({ length: count }, (_, index) => `Project${index + 1}`);
    console.log(`  ${count} project(s): ${sizesFor({ regions: '*', projects })}`);
  }
}
