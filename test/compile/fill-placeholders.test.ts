import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fillPlaceholders } from '../../src/compile/fill-placeholders';
import { scopeFor } from '../../src/compile/scope';

test('every region and project by default becomes a wildcard; user and context always do', () => {
  assert.deepEqual(fillPlaceholders('arn:{partition}:cloudformation:{region}:{account}:stack/Agc-Context-{project}-{user}-{context}/*', scopeFor('aws', '111122223333')), [
    'arn:aws:cloudformation:*:111122223333:stack/Agc-Context-*-*-*/*',
  ]);
});

test('listed regions and projects give one pattern per combination, sorted', () => {
  const scope = scopeFor('aws-cn', '111122223333', { regions: ['cn-north-1', 'cn-northwest-1'], projects: ['B', 'A'] });
  assert.deepEqual(fillPlaceholders('arn:{partition}:logs:{region}:{account}:log-group:/agc/{project}', scope), [
    'arn:aws-cn:logs:cn-north-1:111122223333:log-group:/agc/A',
    'arn:aws-cn:logs:cn-north-1:111122223333:log-group:/agc/B',
    'arn:aws-cn:logs:cn-northwest-1:111122223333:log-group:/agc/A',
    'arn:aws-cn:logs:cn-northwest-1:111122223333:log-group:/agc/B',
  ]);
});

test("the bucket is AGC's own per region unless one is named", () => {
  const pattern = 'arn:{partition}:s3:::{bucket}/project/{project}/*';
  assert.deepEqual(fillPlaceholders(pattern, scopeFor('aws', '111122223333', { regions: ['us-east-1'] })), ['arn:aws:s3:::agc-111122223333-us-east-1/project/*/*']);
  assert.deepEqual(fillPlaceholders(pattern, scopeFor('aws', '111122223333', { bucket: 'my-data' })), ['arn:aws:s3:::my-data/project/*/*']);
});

test('an unknown placeholder is a model error that names it', () => {
  assert.throws(() => fillPlaceholders('arn:{partition}:s3:::{bukket}', scopeFor('aws', '111122223333')), /unknown placeholder '\{bukket\}'/);
});
