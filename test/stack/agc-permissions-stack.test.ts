import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { exportPolicyDocuments } from '../../src/export/export-policies';
import { DEFAULT_OPTIONS } from '../../src/options/types';
import { synthesizeTemplate } from '../../src/stack/synthesize-template';
import { repoRoot, resolveIntrinsics } from '../support/resolve-template';

type Template = { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>; Outputs: Record<string, unknown>; Parameters?: unknown; Rules?: unknown };

const template = synthesizeTemplate(DEFAULT_OPTIONS) as unknown as Template;
const GOLDEN = join(repoRoot(), 'test/golden/AgcPermissionsStack.template.json');

test('the template is the golden one (UPDATE_GOLDEN=1 npm test rewrites it after a reviewed change)', () => {
  const text = `${JSON.stringify(template, null, 1)}\n`;
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, text);
  assert.equal(text, readFileSync(GOLDEN, 'utf8'));
});

test('three managed policies with the logical ids AGC documentation expects, and nothing else', () => {
  const resources = Object.entries(template.Resources).map(([id, resource]) => `${id} ${resource.Type}`);
  assert.deepEqual(resources.sort(), ['agcadminpolicy AWS::IAM::ManagedPolicy', 'agcuserpolicy AWS::IAM::ManagedPolicy', 'agcuserpolicycdk AWS::IAM::ManagedPolicy']);
});

test('each policy has a description and its ARN as an output', () => {
  for (const [id, resource] of Object.entries(template.Resources)) {
    assert.match(String(resource.Properties.Description), /Amazon Genomics CLI/, id);
  }
  assert.deepEqual(template.Outputs, {
    AgcAdminPolicyArn: { Description: 'ARN of agc-admin-policy', Value: { Ref: 'agcadminpolicy' } },
    AgcUserPolicyArn: { Description: 'ARN of agc-user-policy', Value: { Ref: 'agcuserpolicy' } },
    AgcUserPolicyCdkArn: { Description: 'ARN of agc-user-policy-cdk', Value: { Ref: 'agcuserpolicycdk' } },
  });
});

test('deploys into a never-bootstrapped account: no bootstrap version parameter or rule, no assets, no metadata resource', () => {
  assert.equal(template.Parameters, undefined);
  assert.equal(template.Rules, undefined);
  assert.doesNotMatch(JSON.stringify(template), /BootstrapVersion|cdk-hnb659fds|CDKMetadata|AWS::CDK/);
});

test('partition and account come from pseudo parameters, so one template serves any account', () => {
  const text = JSON.stringify(template);
  assert.match(text, /"Ref":"AWS::Partition"/);
  assert.match(text, /"Ref":"AWS::AccountId"/);
  // The one account id in the template is AGC's public image-mirror account, the same for everyone.
  assert.deepEqual([...new Set(text.match(/\d{12}/g))], ['680431765560']);
});

test('the template deploys exactly the policies export writes, for any partition and account', () => {
  for (const [partition, account] of [['aws', '111122223333'], ['aws-us-gov', '444455556666']]) {
    const exported = exportPolicyDocuments({ ...DEFAULT_OPTIONS, partition }, account);
    const pseudo = { 'AWS::Partition': partition, 'AWS::AccountId': account };
    const byLogicalId = { agcadminpolicy: exported.admin, agcuserpolicy: exported.user, agcuserpolicycdk: exported['user-cdk'] };
    for (const [logicalId, document] of Object.entries(byLogicalId)) {
      assert.deepEqual(resolveIntrinsics(template.Resources[logicalId].Properties.PolicyDocument, pseudo), document, `${logicalId} in ${partition}`);
    }
  }
});

test('synthesis is deterministic', () => {
  assert.equal(JSON.stringify(synthesizeTemplate(DEFAULT_OPTIONS)), JSON.stringify(template));
});
