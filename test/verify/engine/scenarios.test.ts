/**
 * Runs every JSON scenario file in ./scenarios. Rows: { name, policies,
 * request, expected: { decision, allowedBy?, deniedBy? } }. The JSON lives in
 * the source tree (tsc does not copy it), so it is read relative to the repo.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { evaluatePolicies } from '../../../src/verify/engine/evaluate-policies';
import type { Decision, EvaluationRequest, NamedPolicy, StatementRef } from '../../../src/verify/engine/types';

interface Scenario {
  name: string;
  policies: NamedPolicy[];
  request: EvaluationRequest;
  expected: { decision: Decision; allowedBy?: StatementRef[]; deniedBy?: StatementRef[] };
}

const dir = resolve(__dirname, '../../../../test/verify/engine/scenarios');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const rows = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Scenario[];
  for (const row of rows) {
    test(`${file}: ${row.name}`, () => {
      const result = evaluatePolicies(row.policies, row.request);
      assert.equal(result.decision, row.expected.decision);
      if (row.expected.allowedBy) assert.deepEqual(result.allowedBy, row.expected.allowedBy);
      if (row.expected.deniedBy) assert.deepEqual(result.deniedBy, row.expected.deniedBy);
    });
  }
}
