import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compilePolicies } from '../../src/compile/compile-policies';
import { fillPlaceholders } from '../../src/compile/fill-placeholders';
import { patternCovers } from '../../src/compile/glob-patterns';
import { resourceScopeOf } from '../../src/compile/region-condition';
import { scopeFor, type Scope } from '../../src/compile/scope';
import { POLICY_IDS } from '../../src/compile/types';
import { listRequirements } from '../../src/model/requirements';

const requirements = listRequirements();
const SCOPES: { name: string; scope: Scope }[] = [
  { name: 'default', scope: scopeFor('aws', '111122223333') },
  { name: 'regions and projects', scope: scopeFor('aws', '111122223333', { regions: ['eu-west-1', 'us-east-1'], projects: ['Demo', 'Rna'] }) },
  { name: 'own bucket, CDK fallback', scope: scopeFor('aws-cn', '111122223333', { bucket: 'genomics-data', optIns: ['cdk-fallback'] }) },
];

for (const { name, scope } of SCOPES) {
  test(`${name}: every granted action-resource pair is asked for by a requirement of that policy`, () => {
    const compiled = compilePolicies(scope, requirements);
    for (const id of POLICY_IDS) {
      const mine = requirements.filter((r) => r.policy === id && (!r.optIn || scope.optIns.includes(r.optIn)));
      for (const statement of compiled[id].statements) {
        for (const action of statement.actions) {
          for (const resource of statement.resources) {
            const askedFor = mine.some((r) => r.action === action && fillPlaceholders(r.resource, resourceScopeOf(r, scope)).includes(resource));
            assert.ok(askedFor, `${id} ${statement.sid}: ${action} on ${resource} has no requirement`);
          }
        }
      }
    }
  });

  test(`${name}: every requirement of a policy is granted by one of its statements`, () => {
    const compiled = compilePolicies(scope, requirements);
    for (const requirement of requirements.filter((r) => !r.optIn || scope.optIns.includes(r.optIn))) {
      const statements = compiled[requirement.policy].statements.filter((s) => s.actions.includes(requirement.action));
      for (const resource of fillPlaceholders(requirement.resource, resourceScopeOf(requirement, scope))) {
        assert.ok(
          statements.some((s) => s.requirementIds.includes(requirement.id) && s.resources.some((granted) => patternCovers(granted, resource))),
          `${requirement.id} on ${resource}`,
        );
      }
    }
  });
}

test('statements: explicit actions only, unique alphanumeric Sids, sorted, no duplicate resources', () => {
  const compiled = compilePolicies(SCOPES[1].scope, requirements);
  for (const id of POLICY_IDS) {
    const sids = compiled[id].statements.map((s) => s.sid);
    assert.equal(new Set(sids).size, sids.length, id);
    assert.deepEqual([...sids].sort(), sids, `${id} sorted by Sid`);
    for (const statement of compiled[id].statements) {
      assert.match(statement.sid, /^[A-Za-z0-9]+$/);
      for (const action of statement.actions) assert.doesNotMatch(action, /[*?]/, `${statement.sid} ${action}`);
      assert.equal(new Set(statement.resources).size, statement.resources.length);
      if (statement.resources.includes('*')) assert.ok(statement.starReasons.length > 0, `${statement.sid} says why "*"`);
    }
  }
});

test('narrowed regions pin "*" resources of regional services with aws:RequestedRegion', () => {
  const compiled = compilePolicies(SCOPES[1].scope, requirements);
  const star = compiled.user.statements.find((s) => s.resources.includes('*') && s.actions.includes('cloudformation:ListStacks'));
  assert.deepEqual(star?.conditions, { StringEquals: { 'aws:RequestedRegion': ['eu-west-1', 'us-east-1'] } });
});
