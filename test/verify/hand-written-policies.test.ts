import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { scopeFor } from '../../src/compile/scope';
import { listRequirements } from '../../src/model/requirements';
import { resolveOptions } from '../../src/options/resolve-options';
import { loadPolicyDirectory } from '../../src/verify/load-policy-files';
import { ownPoliciesInput } from '../../src/verify/own-policies-input';
import type { PoliciesByPersona, VerifyReport } from '../../src/verify/types';
import { verifyPolicies } from '../../src/verify/verify-policies';

// The compiled test runs from dist/test/verify/; fixtures and bin stay in the source tree.
const ROOT = resolve(__dirname, '../../..');
const FIXTURES = resolve(ROOT, 'test/fixtures');
const ACCOUNT = '123456789012';
const OLD_POLICIES = resolve(FIXTURES, 'agc-minimal-permissions');
const ASSUME_ANY = resolve(FIXTURES, 'escalation/assume-role-on-any');
const PUT_AGC_ROLE_POLICY = resolve(FIXTURES, 'escalation/put-role-policy-on-agc-roles');

const verify = (policies: PoliciesByPersona) => verifyPolicies({ policies, scope: scopeFor('aws', ACCOUNT), requirements: listRequirements() });
const verifyDirectory = (directory: string) => verify(loadPolicyDirectory(directory));

/** The same policies with the statements of this Sid taken out of the user's policies. */
function without(policies: PoliciesByPersona, sid: string): PoliciesByPersona {
  const strip = (list: PoliciesByPersona['user']) =>
    list.map((policy) => ({ ...policy, document: { ...policy.document, Statement: ([] as unknown[]).concat(policy.document.Statement).filter((s) => (s as { Sid?: string }).Sid !== sid) as typeof policy.document.Statement } }));
  return { admin: policies.admin, user: strip(policies.user) };
}

const deniedOf = (report: VerifyReport) => report.commands.flatMap((command) => command.denied.map((d) => ({ command: command.command, action: d.requirement.action, id: d.requirement.id })));
const allowedProbeIds = (report: VerifyReport, persona: 'admin' | 'user') => report.probes.allowed.filter((p) => p.persona === persona).map((p) => p.id);

test('hand-written policies: ListStacks on stack ARNs only denies account deactivate and context status', async () => {
  const report = await verifyDirectory(OLD_POLICIES);
  assert.equal(report.ok, false);
  const listStacks = deniedOf(report).filter((d) => d.action === 'cloudformation:ListStacks');
  assert.deepEqual(listStacks.map((d) => d.command).sort(), ['account deactivate', 'context status']);
  for (const d of listStacks) assert.equal(report.commands.find((c) => c.command === d.command)!.denied.find((r) => r.requirement.id === d.id)!.request.resource, '*');
});

test('hand-written policies: privilege-escalation probes that fire', async () => {
  const report = await verifyDirectory(OLD_POLICIES);
  const escalation = report.probes.allowed.filter((p) => p.group === 'privilege-escalation');
  for (const id of ['deny/sts/assume-other-role', 'deny/sts/assume-cfn-exec-role', 'deny/sts/assume-role-other-account', 'deny/iam/attach-admin-policy']) {
    assert.ok(escalation.some((p) => p.id === id && p.persona === 'admin'), `${id} (admin)`);
    assert.ok(escalation.some((p) => p.id === id && p.persona === 'user'), `${id} (user)`);
  }
  for (const id of ['deny/iam/put-agc-role-policy', 'deny/iam/create-agc-bootstrap-role', 'deny/iam/pass-cfn-exec-role']) {
    assert.ok(allowedProbeIds(report, 'user').includes(id), `${id} (user)`);
  }
});

test('escalation (a): sts:AssumeRole on "*" in the user policy lets users assume any role', async () => {
  const policies = loadPolicyDirectory(ASSUME_ANY);
  const report = await verify(policies);
  assert.equal(report.ok, false);
  assert.deepEqual(deniedOf(report), []);
  assert.deepEqual(allowedProbeIds(report, 'admin'), []);
  assert.deepEqual(allowedProbeIds(report, 'user').sort(), ['deny/sts/assume-cfn-exec-role', 'deny/sts/assume-other-role', 'deny/sts/assume-role-other-account']);
  assert.ok(report.probes.allowed.every((p) => p.group === 'privilege-escalation' && p.request.action === 'sts:AssumeRole'));
  assert.ok(report.catalogFindings.some((f) => f.code === 'StarOnResourceLevelAction' && f.where.includes('EscalationStsAssumeRoleOnAnyResource')));

  const control = await verify(without(policies, 'EscalationStsAssumeRoleOnAnyResource'));
  assert.deepEqual(control.probes.allowed, []);
});

test('escalation (b): iam:PutRolePolicy on Agc-* roles in the user policy is not a requirement of any command', async () => {
  const policies = loadPolicyDirectory(PUT_AGC_ROLE_POLICY);
  const report = await verify(policies);
  assert.equal(report.ok, false);
  assert.deepEqual(deniedOf(report), []);
  assert.ok(report.unusedGrants.some((f) => f.where.includes('EscalationIamPutRolePolicyOnAgcRoles')));

  const control = await verify(without(policies, 'EscalationIamPutRolePolicyOnAgcRoles'));
  assert.deepEqual(control.probes.allowed, []);
  assert.deepEqual(control.unusedGrants, []);
});

test('escalation (b): a privilege-escalation probe catches iam:PutRolePolicy on an Agc-* role', async () => {
  const report = await verifyDirectory(PUT_AGC_ROLE_POLICY);
  const caught = report.probes.allowed.filter(
    (p) => p.group === 'privilege-escalation' && p.persona === 'user' && p.request.action === 'iam:PutRolePolicy' && /:role\/Agc-/.test(p.request.resource),
  );
  assert.deepEqual(caught.map((p) => p.id), ['deny/iam/put-agc-stack-role-policy']);
});

test('our own policies: every requirement allowed, every probe denied, nothing unused', async () => {
  const report = await verifyPolicies(ownPoliciesInput(resolveOptions({}).options, ACCOUNT));
  assert.deepEqual(deniedOf(report), []);
  assert.deepEqual(report.probes.allowed, []);
  assert.deepEqual(report.catalogFindings, []);
  assert.deepEqual(report.unusedGrants, []);
  assert.equal(report.ok, true);
});

test('verify CLI on the hand-written policies: exit 1, ListStacks DENIED for account deactivate and context status', () => {
  const result = spawnSync(process.execPath, ['bin/agc-permissions.js', 'verify', '--policies', 'test/fixtures/agc-minimal-permissions', '--account', ACCOUNT], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(result.status, 1, result.stderr);
  const denied = result.stdout.split('\n').filter((line) => line.trimStart().startsWith('DENIED'));
  for (const command of ['agc account deactivate', 'agc context status']) {
    assert.ok(denied.some((line) => line.includes(`${command} `) && line.includes('cloudformation:ListStacks')), `${command} on a DENIED line`);
  }
});
