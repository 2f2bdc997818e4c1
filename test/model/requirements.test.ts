import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placeholdersIn } from '../../src/compile/fill-placeholders';
import { COMMAND_REQUIREMENTS, listRequirements } from '../../src/model/requirements';
import { AGC_COMMANDS } from '../../src/model/types';

const requirements = listRequirements();

test('the model covers every AGC command once, in AGC order', () => {
  assert.deepEqual(COMMAND_REQUIREMENTS.map((entry) => entry.command), [...AGC_COMMANDS]);
});

/** Pinned: a requirement added or dropped shows here and must be reviewed. */
const REQUIREMENTS_PER_COMMAND: Record<string, number> = {
  'account activate': 88,
  'account deactivate': 41,
  'context deploy': 20,
  'context destroy': 17,
  'context describe': 2,
  'context status': 1,
  'workflow run': 10,
  'workflow status': 8,
  'workflow stop': 4,
  'workflow output': 4,
  'logs workflow': 14,
  'logs engine': 8,
  'logs adapter': 4,
  'logs access': 4,
};

test('requirements per command are as reviewed', () => {
  const counts: Record<string, number> = {};
  for (const requirement of requirements) counts[requirement.command] = (counts[requirement.command] ?? 0) + 1;
  assert.deepEqual(counts, REQUIREMENTS_PER_COMMAND);
});

test('a command with no AWS calls says why, and only such a command does', () => {
  for (const entry of COMMAND_REQUIREMENTS) {
    assert.equal(entry.requests.length === 0, entry.noAwsCallsBecause !== undefined, entry.command);
  }
});

test('requirement ids are unique and read command/action', () => {
  const ids = requirements.map((requirement) => requirement.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const requirement of requirements) {
    assert.match(requirement.id, /^[a-z]+-[a-z]+\/[a-z0-9-]+:[A-Za-z0-9]+(#\d+)?$/, requirement.id);
  }
});

test('every requirement has evidence, a reason, and only known placeholders', () => {
  for (const requirement of requirements) {
    assert.ok(requirement.evidence.length > 0, `${requirement.id} has evidence`);
    for (const evidence of requirement.evidence) {
      assert.match(evidence.path, /^[\w@.-][\w@./-]*\.(go|ts|js|json|ya?ml)$/, `${requirement.id} cites a repo-relative file`);
      assert.ok(Number.isInteger(evidence.line) && evidence.line > 0, `${requirement.id} cites a line`);
    }
    assert.ok(requirement.why.length > 10, `${requirement.id} says why`);
    assert.doesNotThrow(() => placeholdersIn(requirement.resource), requirement.id);
  }
});

test('"*" resources carry the reason they cannot be narrower', () => {
  for (const requirement of requirements.filter((r) => r.resource === '*')) {
    assert.ok(requirement.starReason && requirement.starReason.length > 10, requirement.id);
  }
});

test('personas and policies: account commands are the admin\'s; a user\'s toolkit calls land in the cdk policy unless AGC makes them too', () => {
  for (const requirement of requirements) {
    const admin = requirement.command.startsWith('account ');
    assert.equal(requirement.persona, admin ? 'admin' : 'user', requirement.id);
    const sharedWithAgc = requirements.some(
      (other) => other.persona === 'user' && other.caller === 'agc' && other.action === requirement.action && other.resource === requirement.resource && JSON.stringify(other.conditions) === JSON.stringify(requirement.conditions),
    );
    const expected = admin ? 'admin' : requirement.caller === 'agc' || sharedWithAgc ? 'user' : 'user-cdk';
    assert.equal(requirement.policy, expected, requirement.id);
    if (!admin) assert.notEqual(requirement.caller, 'cloudformation', `${requirement.id}: user stacks deploy through the execution role`);
  }
});
