import { regionsOfPartition } from '../src/options/known-regions';
import { resolveOptions } from '../src/options/resolve-options';
import { ownPoliciesInput } from '../src/verify/own-policies-input';
import { verifyPolicies } from '../src/verify/verify-policies';

/**
 * Verify's time grows with the sessions it tries (every named region with every named project): figures for the
 * default, a typical narrowing and the largest one a user can name in the commercial partition.
 */
export async function benchVerify(): Promise<void> {
  const projects = (count: number) => Array.from({ length: count }, (_, index) => `Project${index + 1}`).join(',');
  const cases = [
    { name: 'every region and project (1 session)', flags: {} },
    { name: '2 regions x 2 projects (4 sessions)', flags: { regions: 'us-east-1,eu-west-1', projects: projects(2) } },
    { name: `all ${regionsOfPartition('aws').length} aws regions x 5 projects`, flags: { regions: regionsOfPartition('aws').join(','), projects: projects(5) } },
  ];
  console.log('verify time (compiling our own policies, then every check):');
  for (const { name, flags } of cases) {
    const started = process.hrtime.bigint();
    await verifyPolicies(ownPoliciesInput(resolveOptions({ flags }).options, '123456789012'));
    console.log(`  ${name}: ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(0)} ms`);
  }
}
