/** Unit tests for the engine's parsers and matchers. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileWildcard } from '../../../src/verify/engine/compile-wildcard';
import { ipInRange, parseIpAddress, parseIpRange } from '../../../src/verify/engine/ip-address';
import { parseDate } from '../../../src/verify/engine/parse-date';
import { parseOperator } from '../../../src/verify/engine/condition-operators';
import { parseTemplate, resolveTemplate } from '../../../src/verify/engine/policy-variables';

const pattern = (text: string) => [{ text, literal: false }];

test('wildcard dialects', () => {
  assert.ok(compileWildcard(pattern('a*c?'), 'string')('a:b/cd'));
  assert.ok(compileWildcard(pattern('arn:aws:s3*'), 'resource')('arn:aws:s3:::b/k'));
  assert.ok(!compileWildcard(pattern('arn:aws:s?:::b'), 'resource')('arn:aws:s3:x::b'));
  assert.ok(!compileWildcard(pattern('arn:aws:iam*'), 'arn')('arn:aws:iam::1:user/x'));
  assert.ok(compileWildcard(pattern('arn:aws:iam::*:user/*'), 'arn')('arn:aws:iam::1:user/x:y'));
  assert.ok(!compileWildcard([{ text: 'a', literal: false }, { text: '*', literal: true }], 'string')('ab'));
});

test('ip parsing', () => {
  assert.equal(parseIpAddress('256.0.0.1'), undefined);
  assert.equal(parseIpAddress('1::2::3'), undefined);
  assert.ok(ipInRange(parseIpAddress('::ffff:10.0.0.1')!, parseIpRange('::ffff:0:0/96')!));
  assert.ok(ipInRange(parseIpAddress('2001:db8::1')!, parseIpRange('2001:db8::1')!));
  assert.equal(parseIpRange('10.0.0.0/x'), undefined);
});

test('date parsing', () => {
  assert.equal(parseDate('2024-06-01T12:00:00Z'), Date.UTC(2024, 5, 1, 12));
  assert.equal(parseDate('2024-06-01T14:00:00+02:00'), Date.UTC(2024, 5, 1, 12));
  assert.equal(parseDate('1717243200'), Date.UTC(2024, 5, 1, 12));
  assert.equal(parseDate('2024-13-01'), undefined);
  assert.equal(parseDate('yesterday'), undefined);
});

test('operator names', () => {
  const op = parseOperator('ForAnyValue:StringNotLikeIfExists')!;
  assert.equal(op.set, 'any');
  assert.equal(op.ifExists, true);
  assert.equal(op.base.negated, true);
  assert.equal(parseOperator('ForSomeValues:StringLike'), undefined);
});

test('policy variable templates', () => {
  const ctx = new Map<string, string | readonly string[]>([['aws:username', 'alice']]);
  const t = parseTemplate("x/${aws:username}/${aws:principaltag/t, 'd'}/${*}", true);
  assert.deepEqual(resolveTemplate(t, ctx)?.map((p) => p.text).join(''), 'x/alice/d/*');
  assert.equal(resolveTemplate(parseTemplate('${aws:userid}', true), ctx), undefined);
  assert.equal(parseTemplate('${aws:username', true).dynamic, false);
});
