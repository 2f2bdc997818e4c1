/**
 * Throughput of our engine vs iam-simulate (AGPL, benchmark/test-only oracle)
 * on the same seeded generated requests, plus their agreement count.
 * iam-simulate is timed through runSimulation (validated, as the tests use it)
 * and runUnsafeSimulation (its fastest path).
 */
import { performance } from 'node:perf_hooks';
import { evaluatePolicies } from '../src/verify/engine/evaluate-policies';
import { generateCases } from '../test/verify/engine/generate-cases';
import { runOracle, runOracleUnsafe } from '../test/verify/engine/oracle';

function rate(count: number, ms: number): string {
  return `${Math.round((count / ms) * 1000).toLocaleString('en-US')} req/s`;
}

export async function benchEngine(cases: number): Promise<void> {
  const sample = generateCases(cases, 1);

  // Warm up both sides (JIT, iam-data catalog loading) on a small slice.
  for (const c of sample.slice(0, 200)) {
    evaluatePolicies(c.policies, c.request);
    await runOracle(c.policies, c.request);
  }

  let t = performance.now();
  const ours = sample.map((c) => evaluatePolicies(c.policies, c.request).decision);
  const oursMs = performance.now() - t;

  // Second pass: the same documents again, so compiled policies come from the cache.
  t = performance.now();
  for (const c of sample) evaluatePolicies(c.policies, c.request);
  const warmMs = performance.now() - t;

  t = performance.now();
  const oracle = [];
  for (const c of sample) oracle.push(await runOracle(c.policies, c.request));
  const oracleMs = performance.now() - t;

  t = performance.now();
  for (const c of sample) runOracleUnsafe(c.policies, c.request);
  const unsafeMs = performance.now() - t;

  const agreed = oracle.filter((o, i) => o.decision === ours[i]).length;
  const rejected = oracle.filter((o) => o.error !== undefined).length;
  console.log(`engine bench: ${cases} generated cases (seed 1)`);
  console.log(`  agc engine (compile + evaluate)  ${rate(cases, oursMs)}`);
  console.log(`  agc engine (policies cached)     ${rate(cases, warmMs)}`);
  console.log(`  iam-simulate runSimulation       ${rate(cases, oracleMs)}`);
  console.log(`  iam-simulate runUnsafeSimulation ${rate(cases, unsafeMs)}`);
  console.log(`  agreement: ${agreed}/${cases} decisions (${rejected} rejected by iam-simulate)`);
}
