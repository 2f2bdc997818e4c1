import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ensurePoliciesFit } from '../../src/export/ensure-policies-fit';
import { knownPartitions, regionsOfPartition } from '../../src/options/known-regions';
import { resolveOptions } from '../../src/options/resolve-options';
import { UsageError } from '../../src/options/usage-error';

const longestFirst = (regions: string[]) => [...regions].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

test('one stack holds any two regions of any partition, with the longest bucket name and the CDK fallback', () => {
  for (const partition of knownPartitions()) {
    const regions = longestFirst(regionsOfPartition(partition)).slice(0, 2);
    const flags = { partition, regions: regions.join(','), bucket: 'b'.repeat(63), 'cdk-fallback': true };
    assert.doesNotThrow(() => ensurePoliciesFit(resolveOptions({ flags }).options), `${partition} ${regions}`);
  }
});

test('three regions are refused before anything is written, naming the option that grows the policy', () => {
  const { options } = resolveOptions({ flags: { regions: 'us-east-1,us-west-2,eu-west-1' } });
  assert.throws(
    () => ensurePoliciesFit(options),
    (error: unknown) => error instanceof UsageError && error.code === 'PolicyTooLarge' && /agc-admin-policy .* with 3 regions; .*name fewer --regions,/.test(error.message),
  );
});
