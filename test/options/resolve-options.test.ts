import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveOptions } from '../../src/options/resolve-options';
import { UsageError } from '../../src/options/usage-error';

test('flag beats context beats file beats default, and each origin is reported', () => {
  const { options, origins } = resolveOptions({
    flags: { regions: 'us-east-1' },
    context: { regions: 'eu-west-1', projects: 'Demo' },
    file: { path: 'agc-permissions.json', values: { regions: ['us-west-2'], projects: ['Other'], bucket: 'my-data' } },
  });
  assert.deepEqual(options.scope.regions, ['us-east-1']);
  assert.deepEqual(options.scope.projects, ['Demo']);
  assert.equal(options.scope.bucket, 'my-data');
  assert.equal(options.stackName, 'AgcPermissionsStack');
  assert.equal(origins.regions, 'flag');
  assert.equal(origins.projects, 'context');
  assert.equal(origins.bucket, 'file');
  assert.equal(origins['stack-name'], 'default');
});

test('booleans and tags read the same from text and from JSON', () => {
  const fromText = resolveOptions({ context: { 'cdk-fallback': 'true', tags: 'team=genomics,cost=42' } }).options;
  const fromJson = resolveOptions({ file: { path: 'f', values: { 'cdk-fallback': true, tags: { cost: '42', team: 'genomics' } } } }).options;
  assert.deepEqual(fromText.scope.optIns, ['cdk-fallback']);
  assert.deepEqual(fromText, fromJson);
});

/** One row per error code: the code and the exact sentence the user sees. */
const BAD_INPUT: { name: string; flags: Record<string, unknown>; code: string; message: string }[] = [
  { name: 'short account', flags: { account: '12345' }, code: 'InvalidAccount', message: "invalid value '12345' for --account; expected a 12-digit AWS account id such as 123456789012" },
  { name: 'unknown partition', flags: { partition: 'aws-mars' }, code: 'UnknownPartition', message: "invalid value 'aws-mars' for --partition; expected one of aws, aws-cn, aws-eusc, aws-iso, aws-iso-b, aws-iso-e, aws-iso-f, aws-us-gov" },
  { name: 'unknown region', flags: { regions: 'us-east-7' }, code: 'UnknownRegion', message: "invalid value 'us-east-7' for --regions; expected a region of partition aws such as af-south-1, ap-east-1, ap-east-2" },
  { name: 'region of another partition', flags: { regions: 'cn-north-1' }, code: 'UnknownRegion', message: "invalid value 'cn-north-1' for --regions; expected a region of partition aws such as af-south-1, ap-east-1, ap-east-2" },
  { name: 'project with a dash', flags: { projects: 'my-project' }, code: 'InvalidProjectName', message: "invalid value 'my-project' for --projects; expected an AGC project name of letters and digits only" },
  { name: 'bucket with capitals', flags: { bucket: 'My_Bucket' }, code: 'InvalidBucketName', message: "invalid value 'My_Bucket' for --bucket; expected an S3 bucket name: 3-63 lowercase letters, digits, dots or hyphens, starting and ending with a letter or digit" },
  { name: 'bucket like an IP address', flags: { bucket: '192.168.1.1' }, code: 'InvalidBucketName', message: "invalid value '192.168.1.1' for --bucket; expected an S3 bucket name: 3-63 lowercase letters, digits, dots or hyphens, starting and ending with a letter or digit" },
  { name: 'role name with a space', flags: { 'attach-admin-roles': 'Agc Admin' }, code: 'InvalidPrincipalName', message: "invalid value 'Agc Admin' for --attach-admin-roles; expected an IAM role name of 1-64 characters from A-Z a-z 0-9 + = , . @ _ -" },
  { name: 'tag key with aws: prefix', flags: { tags: 'aws:owner=me' }, code: 'InvalidTag', message: "invalid value 'aws:owner' for --tags; expected a tag key of 1-128 letters, digits, spaces or _ . : / = + - @, not starting with aws:" },
  { name: 'tag without value separator', flags: { tags: 'owner' }, code: 'InvalidOptionValue', message: "invalid value 'owner' for --tags; expected key=value pairs separated by commas" },
  { name: 'stack name starting with a digit', flags: { 'stack-name': '1stack' }, code: 'InvalidStackName', message: "invalid value '1stack' for --stack-name; expected a CloudFormation stack name: a letter, then letters, digits or hyphens, 128 at most" },
  { name: 'boolean that is not one', flags: { 'cdk-fallback': 'yes' }, code: 'InvalidOptionValue', message: "invalid value 'yes' for --cdk-fallback; expected true or false" },
  { name: 'empty region list', flags: { regions: ',' }, code: 'EmptyList', message: 'empty list for --regions; expected at least one value, or leave it out' },
];

for (const row of BAD_INPUT) {
  test(`bad input: ${row.name}`, () => {
    assert.throws(
      () => resolveOptions({ flags: row.flags }),
      (error: unknown) => error instanceof UsageError && error.code === row.code && error.message === row.message,
    );
  });
}

test('an unknown key in the config file is named with the file and the allowed keys', () => {
  assert.throws(
    () => resolveOptions({ file: { path: 'agc-permissions.json', values: { region: 'us-east-1' } } }),
    (error: unknown) => error instanceof UsageError && error.code === 'UnknownConfigKey' && /^unknown key 'region' in agc-permissions.json; expected one of account, partition, regions,/.test(error.message),
  );
});

test('context keys that are not ours (CDK feature flags) are ignored', () => {
  assert.doesNotThrow(() => resolveOptions({ context: { '@aws-cdk/core:newStyleStackSynthesis': true } }));
});
