import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { exportPolicyDocuments } from '../../src/export/export-policies';
import { resolveOptions } from '../../src/options/resolve-options';
import { synthesizeTemplate } from '../../src/stack/synthesize-template';
import { knownPartitions } from '../../src/options/known-regions';
import { checkProbes } from '../../src/verify/check-probes';
import { evaluatePolicies } from '../../src/verify/engine/evaluate-policies';
import { ownPoliciesInput } from '../../src/verify/own-policies-input';
import { verifyPolicies } from '../../src/verify/verify-policies';
import { repoRoot, resolveIntrinsics } from '../support/resolve-template';

const ACCOUNT = '123456789012';

/**
 * One row per narrowing option: with it, everything still holds, and some probe that only the option makes
 * denied shows its effect: GIVEN the flag, WHEN verified, THEN that probe is denied with the option and the same
 * request is allowed without it.
 */
const OPTION_ROWS: { name: string; flags: Record<string, unknown>; probePrefix: string }[] = [
  { name: '--regions', flags: { regions: 'eu-west-1' }, probePrefix: 'deny/scope/region/' },
  { name: '--regions with two regions', flags: { regions: 'eu-west-1,us-east-1' }, probePrefix: 'deny/scope/region/' },
  { name: '--projects', flags: { projects: 'Demo,Rna' }, probePrefix: 'deny/scope/project/' },
  { name: '--bucket', flags: { bucket: 'my-genomics-data' }, probePrefix: 'deny/scope/bucket/' },
  { name: 'without --cdk-fallback', flags: {}, probePrefix: 'deny/scope/cdk-fallback/' },
];

for (const row of OPTION_ROWS) {
  test(`${row.name}: every requirement allowed, every probe denied, and the option's own effect shown`, async () => {
    const { options } = resolveOptions({ flags: row.flags });
    const report = await verifyPolicies(ownPoliciesInput(options, ACCOUNT));
    assert.equal(report.ok, true, JSON.stringify(report.probes.allowed.slice(0, 3)));

    const input = ownPoliciesInput(options, ACCOUNT);
    const effects = checkProbes(input.requirements, input.policies, input.scope).filter((probe) => probe.id.startsWith(row.probePrefix));
    assert.ok(effects.length > 0, `${row.name} has probes of its own`);

    const wide = ownPoliciesInput(resolveOptions({ flags: row.name === 'without --cdk-fallback' ? { 'cdk-fallback': true } : {} }).options, ACCOUNT);
    const allowedWithoutOption = effects.filter((probe) => evaluatePolicies(wide.policies[probe.persona], probe.request).decision === 'Allowed');
    assert.ok(allowedWithoutOption.length > 0, `some request of ${row.name} is denied only because of it`);
  });
}

test('--cdk-fallback: grants the fallback, with iam:PassRole of the execution role only to CloudFormation', async () => {
  const { options } = resolveOptions({ flags: { 'cdk-fallback': true } });
  const report = await verifyPolicies(ownPoliciesInput(options, ACCOUNT));
  assert.equal(report.ok, true);
  const cdk = exportPolicyDocuments(options, ACCOUNT)['user-cdk'];
  const passRole = cdk.Statement.find((s) => s.Action.includes('iam:PassRole'));
  assert.deepEqual(passRole?.Condition, { StringEquals: { 'iam:PassedToService': ['cloudformation.amazonaws.com'] } });
  assert.deepEqual(passRole?.Resource, ['arn:aws:iam::123456789012:role/cdk-agc-cfn-exec-role-123456789012-*']);
});

test('our own policies verify in every partition the CDK knows', async () => {
  for (const partition of knownPartitions()) {
    const report = await verifyPolicies(ownPoliciesInput(resolveOptions({ flags: { partition } }).options, ACCOUNT));
    assert.equal(report.ok, true, partition);
  }
});

test('attachment, groups, names and tags land in the template', () => {
  const { options } = resolveOptions({
    flags: { 'attach-admin-roles': 'AgcAdminRole', 'attach-user-groups': 'DataScientists', 'attach-user-users': 'jdoe', 'create-groups': true, 'policy-name-prefix': 'acme-', tags: 'team=genomics', 'stack-name': 'AgcPerms' },
  });
  const template = synthesizeTemplate(options) as { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> };
  const admin = template.Resources.agcadminpolicy.Properties;
  assert.deepEqual(admin.Roles, ['AgcAdminRole']);
  assert.equal(admin.ManagedPolicyName, 'acme-agc-admin-policy');
  assert.deepEqual(template.Resources.agcuserpolicy.Properties.Groups, ['DataScientists']);
  assert.deepEqual(template.Resources.agcuserpolicycdk.Properties.Users, ['jdoe']);
  assert.deepEqual(template.Resources.AgcUsers.Properties, {
    GroupName: 'AgcUsers',
    ManagedPolicyArns: [{ Ref: 'agcuserpolicy' }, { Ref: 'agcuserpolicycdk' }],
  });
  assert.deepEqual(template.Resources.AgcAdmins.Properties, { GroupName: 'AgcAdmins', ManagedPolicyArns: [{ Ref: 'agcadminpolicy' }] });
});

test('cdk synth with options as context gives the same policies as export with the flags, and bad context fails in one line', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'agc-cdk-'));
  const cdk = join(repoRoot(), 'node_modules/aws-cdk/bin/cdk');
  const context = ['-c', 'regions=eu-west-1,us-east-1', '-c', 'projects=Demo', '-c', 'bucket=my-genomics-data', '-c', 'cdk-fallback=true'];
  const run = (extra: string[]) =>
    spawnSync(process.execPath, [cdk, 'synth', '--no-notices', '-q', '-o', join(cwd, 'cdk.out'), ...extra], { cwd: repoRoot(), encoding: 'utf8', env: { ...process.env, CDK_DISABLE_VERSION_CHECK: '1' } });
  const ok = run(context);
  assert.equal(ok.status, 0, ok.stderr);
  const template = JSON.parse(readFileSync(join(cwd, 'cdk.out', 'AgcPermissionsStack.template.json'), 'utf8'));
  const exported = exportPolicyDocuments(resolveOptions({ flags: { regions: 'eu-west-1,us-east-1', projects: 'Demo', bucket: 'my-genomics-data', 'cdk-fallback': true } }).options, ACCOUNT);
  const pseudo = { 'AWS::Partition': 'aws', 'AWS::AccountId': ACCOUNT };
  assert.deepEqual(resolveIntrinsics(template.Resources.agcadminpolicy.Properties.PolicyDocument, pseudo), exported.admin);
  assert.deepEqual(resolveIntrinsics(template.Resources.agcuserpolicy.Properties.PolicyDocument, pseudo), exported.user);
  assert.deepEqual(resolveIntrinsics(template.Resources.agcuserpolicycdk.Properties.PolicyDocument, pseudo), exported['user-cdk']);

  const bad = run(['-c', 'regions=us-east-7']);
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr, /agc-permissions: invalid value 'us-east-7' for --regions; expected a region of partition aws/);
});
