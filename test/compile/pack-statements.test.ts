import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compilePolicies } from '../../src/compile/compile-policies';
import { packStatements, type StatementShape } from '../../src/compile/pack-statements';
import { scopeFor } from '../../src/compile/scope';
import { stableStringify } from '../../src/compile/stable-json';
import { POLICY_IDS } from '../../src/compile/types';
import { mulberry32 } from '../verify/engine/generate-cases';

/** Every (condition, action, resource) triple a list of statements grants, as sorted text. */
function triplesOf(shapes: readonly StatementShape[]): string[] {
  const triples = shapes.flatMap((shape) =>
    shape.actions.flatMap((action) => shape.resources.map((resource) => `${stableStringify(shape.conditions ?? {})} ${action} ${resource}`)),
  );
  return triples.sort();
}

/** Characters of the statements as IAM would see them, each with a Sid of typical length. */
const sizeOf = (shapes: readonly StatementShape[]) =>
  shapes.reduce((total, { actions, resources, conditions }) => total + JSON.stringify({ Sid: 'S'.repeat(24), Effect: 'Allow', actions, resources, conditions }).length, 0);
const ROLE = (kind: string, region: string) => `arn:aws:iam::111122223333:role/cdk-agc-${kind}-role-111122223333-${region}`;

test('roles with the same needs share one statement, so each role ARN is written once', () => {
  // GIVEN the per-action layout: three actions, each listing the same two roles of two regions
  const roles = ['deploy', 'lookup'].flatMap((kind) => ['eu-west-1', 'us-east-1'].map((region) => ROLE(kind, region)));
  const perAction: StatementShape[] = [
    { actions: ['iam:CreateRole'], resources: roles },
    { actions: ['iam:DeleteRole'], resources: roles },
    { actions: ['sts:AssumeRole'], resources: roles.filter((arn) => arn.includes('deploy')) },
  ];
  // WHEN packed
  const packed = packStatements(perAction);
  // THEN the deploy roles carry all three actions, the lookup roles two, and no ARN is written twice
  assert.deepEqual(
    packed.map((shape) => ({ actions: [...shape.actions].sort(), resources: [...shape.resources].sort() })),
    [
      { actions: ['iam:CreateRole', 'iam:DeleteRole', 'sts:AssumeRole'], resources: roles.filter((arn) => arn.includes('deploy')) },
      { actions: ['iam:CreateRole', 'iam:DeleteRole'], resources: roles.filter((arn) => arn.includes('lookup')) },
    ],
  );
});

test('statements under different conditions are never merged', () => {
  const resources = [ROLE('cfn-exec', 'us-east-1')];
  const shapes: StatementShape[] = [
    { actions: ['iam:AttachRolePolicy'], resources, conditions: { ArnEquals: { 'iam:PolicyARN': ['arn:aws:iam::aws:policy/AdministratorAccess'] } } },
    { actions: ['iam:GetRole'], resources },
  ];
  assert.deepEqual(packStatements(shapes), shapes);
});

test('a layout that nothing improves comes back unchanged', () => {
  const shapes: StatementShape[] = [
    { actions: ['s3:GetObject'], resources: ['arn:aws:s3:::a/*'] },
    { actions: ['s3:ListBucket'], resources: ['arn:aws:s3:::a'] },
  ];
  assert.deepEqual(packStatements(shapes), shapes);
});

/** Random layouts over small alphabets, so that nested and overlapping action and resource sets are common. */
function randomShapes(seed: number): StatementShape[] {
  const rand = mulberry32(seed);
  const pick = <T>(values: readonly T[]) => values.filter(() => rand() < 0.4);
  const actions = ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 'iam:GetRole', 'iam:CreateRole', 'sts:AssumeRole'];
  const resources = ['arn:aws:s3:::a/*', 'arn:aws:s3:::b/*', ROLE('deploy', 'us-east-1'), ROLE('lookup', 'us-east-1'), ROLE('deploy', 'eu-west-1'), '*'];
  const conditions = [undefined, undefined, { StringEquals: { 'aws:RequestedRegion': ['us-east-1'] } }];
  const count = 1 + Math.floor(rand() * 7);
  return Array.from({ length: count }, () => ({
    actions: pick(actions),
    resources: pick(resources),
    conditions: conditions[Math.floor(rand() * conditions.length)],
  })).filter((shape) => shape.actions.length > 0 && shape.resources.length > 0);
}

test('packing keeps exactly the same triples and never grows the layout (500 seeded layouts)', () => {
  for (let seed = 1; seed <= 500; seed++) {
    const shapes = randomShapes(seed);
    const packed = packStatements(shapes);
    // Random layouts may grant a triple twice; the packer may write it once, so compare the sets.
    assert.deepEqual([...new Set(triplesOf(packed))], [...new Set(triplesOf(shapes))], `seed ${seed}`);
    assert.ok(sizeOf(packed) <= sizeOf(shapes), `seed ${seed}: ${sizeOf(shapes)} -> ${sizeOf(packed)}`);
    assert.deepEqual(packStatements(shapes), packed, `seed ${seed} is deterministic`);
  }
});

test('the compiled policies grant each action-resource pair in one statement only', () => {
  const compiled = compilePolicies(scopeFor('aws', '111122223333', { regions: ['eu-west-1', 'us-east-1'], projects: ['Demo'] }));
  for (const id of POLICY_IDS) {
    const triples = triplesOf(compiled[id].statements);
    assert.equal(new Set(triples).size, triples.length, id);
  }
});

test('the packer prices text with the measure it is given, so spelling alone cannot change its choice', () => {
  // GIVEN two rewrites, one writing the action once less, the other the resource X: the longer of the two wins, and
  // the action's length lies between X's with 'aws' and X's with a stack token
  const action = 's3:GetObjectVersionTagging';
  const shapesWith = (partition: string): StatementShape[] => {
    const x = `arn:${partition}:s3:::b/*`;
    return [
      { actions: [action], resources: [x, '*'] },
      { actions: [action, 's3:PutObject'], resources: [x] },
    ];
  };
  const token = '${Token[AWS.Partition.9]}';
  const shapeOf = (shapes: StatementShape[], partition: string) => JSON.stringify(shapes).replaceAll(partition, '{partition}');
  // WHEN measured as written, THEN the long token spelling makes the packer choose differently from 'aws'
  assert.notEqual(shapeOf(packStatements(shapesWith(token)), token), shapeOf(packStatements(shapesWith('aws')), 'aws'));
  // WHEN the token is measured as 'aws', THEN the choice is the same
  const measure = (text: string) => text.replaceAll(token, 'aws').length;
  assert.equal(shapeOf(packStatements(shapesWith(token), measure), token), shapeOf(packStatements(shapesWith('aws')), 'aws'));
});

test('the compiled layout does not depend on how partition and account are spelled: other partitions or stack tokens', () => {
  const layoutOf = (partition: string, account: string) => {
    const compiled = compilePolicies(scopeFor(partition, account, { regions: ['eu-west-1', 'us-east-1'], projects: ['Demo', 'Rna'], optIns: ['cdk-fallback'] }));
    // Spell both the same way again, so only the grouping into statements is compared ('aws-cn' occurs nowhere else).
    return stableStringify(POLICY_IDS.map((id) => compiled[id].statements)).replaceAll(partition, '{partition}').replaceAll(account, '{account}');
  };
  const reference = layoutOf('aws-cn', '111122223333');
  assert.equal(layoutOf('aws-iso-b', '444455556666'), reference);
  assert.equal(layoutOf('${Token[AWS.Partition.9]}', '${Token[AWS.AccountId.13]}'), reference);
});
