import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scopeFor } from '../../src/compile/scope';
import { listRequirements } from '../../src/model/requirements';
import { resolveOptions } from '../../src/options/resolve-options';
import type { PolicyStatement } from '../../src/verify/engine/types';
import { ownPoliciesInput } from '../../src/verify/own-policies-input';
import type { PoliciesByPersona } from '../../src/verify/types';
import { verifyPolicies } from '../../src/verify/verify-policies';

const ACCOUNT = '123456789012';
const policiesFor = (flags: Record<string, string>) => ownPoliciesInput(resolveOptions({ flags }).options, ACCOUNT).policies;
const verifyIn = (policies: PoliciesByPersona, overrides: Parameters<typeof scopeFor>[2]) =>
  verifyPolicies({ policies, scope: scopeFor('aws', ACCOUNT, overrides), requirements: listRequirements() });
const deniedOf = async (report: ReturnType<typeof verifyIn>) => (await report).commands.flatMap((command) => command.denied);

test('every named region is tried: policies for the first region only fail in the second', async () => {
  // GIVEN policies made for us-east-1, WHEN verified for us-east-1 and eu-west-1
  const denied = await deniedOf(verifyIn(policiesFor({ regions: 'us-east-1' }), { regions: ['us-east-1', 'eu-west-1'] }));
  // THEN requirements fail, and only in eu-west-1, the region they were not made for
  assert.ok(denied.length > 0);
  assert.deepEqual([...new Set(denied.map((result) => result.session.region))], ['eu-west-1']);
  assert.ok(denied.some((result) => result.request.resource.includes('cdk-agc-deploy-role-123456789012-eu-west-1')));
});

test('every named project is tried: policies for one project fail for the other', async () => {
  const denied = await deniedOf(verifyIn(policiesFor({ projects: 'Demo' }), { projects: ['Demo', 'Rna'] }));
  assert.ok(denied.length > 0);
  assert.deepEqual([...new Set(denied.map((result) => result.session.project))], ['Rna']);
  assert.ok(denied.every((result) => result.requirement.persona === 'user'));
});

test('a command counts a requirement once, however many sessions try it', async () => {
  const report = await verifyIn(policiesFor({ regions: 'us-east-1,eu-west-1', projects: 'Demo,Rna' }), { regions: ['us-east-1', 'eu-west-1'], projects: ['Demo', 'Rna'] });
  assert.equal(report.ok, true);
  assert.equal(report.sessions, 4);
  const run = report.commands.find((command) => command.command === 'workflow run');
  assert.deepEqual([run?.allowed, run?.total], [10, 10]);
});

/** The policies with one statement added to the first user policy, and optionally to the second too. */
function withStatement(policies: PoliciesByPersona, statement: PolicyStatement, copies: 1 | 2): PoliciesByPersona {
  const user = policies.user.map((policy, index) =>
    index < copies ? { ...policy, document: { ...policy.document, Statement: [...([] as PolicyStatement[]).concat(policy.document.Statement), statement] } } : policy,
  );
  return { ...policies, user };
}

test('minimality by deletion: a needed grant written in two policies is not unused; an unneeded one still is', async () => {
  const policies = policiesFor({});
  const needed = ([] as PolicyStatement[]).concat(policies.user[0].document.Statement).find((s) => s.Resource === '*' || (Array.isArray(s.Resource) && s.Resource.includes('*')));
  assert.ok(needed, 'the user policy has a "*" statement to copy');
  const copied = await verifyIn(withStatement(policies, { ...needed, Sid: 'SameGrantAgain' }, 1), {});
  assert.deepEqual(copied.unusedGrants, []);

  const unneeded: PolicyStatement = { Sid: 'NotForAgc', Effect: 'Allow', Action: ['s3:GetBucketLocation'], Resource: ['arn:aws:s3:::other-bucket'] };
  const twice = await verifyIn(withStatement(policies, unneeded, 2), {});
  assert.deepEqual(
    twice.unusedGrants.map((finding) => finding.where),
    ['agc-user-policy statement NotForAgc', 'agc-user-policy-cdk statement NotForAgc'],
  );
});
