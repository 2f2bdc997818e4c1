/**
 * Differential test: our engine against iam-simulate (test-only oracle) on a
 * seeded sample of generated cases. Decisions and the deciding statements must
 * agree; documented disagreements live in known-cases.ts and are asserted
 * separately so a change on either side is noticed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluatePolicies } from '../../../src/verify/engine/evaluate-policies';
import { generateCases } from './generate-cases';
import { KNOWN_CASES } from './known-cases';
import { runOracle } from './oracle';

const SAMPLE = 1500;
const SEED = 1;

test(`engine agrees with iam-simulate on ${SAMPLE} generated cases`, async () => {
  const failures: string[] = [];
  let agreed = 0;
  for (const c of generateCases(SAMPLE, SEED)) {
    const oracle = await runOracle(c.policies, c.request);
    assert.equal(oracle.error, undefined, `${c.name}: oracle rejected the case: ${oracle.error}`);
    assert.deepEqual(oracle.ignoredContextKeys, [], `${c.name}: oracle ignored context keys`);
    const ours = evaluatePolicies(c.policies, c.request);
    const refs = (list: { policy: string; index: number }[]) => list.map((r) => `${r.policy}#${r.index}`).sort();
    if (ours.decision === oracle.decision && refs(ours.allowedBy).join() === oracle.allowedBy.join() && refs(ours.deniedBy).join() === oracle.deniedBy.join()) agreed++;
    else failures.push(`${c.name}: ours=${ours.decision} oracle=${oracle.decision}\n${JSON.stringify(c)}`);
  }
  assert.equal(agreed, SAMPLE, `${failures.length} disagreements:\n${failures.slice(0, 5).join('\n')}`);
});

for (const k of KNOWN_CASES) {
  test(`known disagreement: ${k.name}`, async () => {
    assert.equal(evaluatePolicies(k.policies, k.request).decision, k.ours, k.rule);
    assert.equal((await runOracle(k.policies, k.request)).decision, k.oracle, 'oracle behaviour changed: re-check this known case');
  });
}
