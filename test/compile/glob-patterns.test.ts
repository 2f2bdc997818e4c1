import assert from 'node:assert/strict';
import { test } from 'node:test';
import { patternCovers, patternsIntersect } from '../../src/compile/glob-patterns';

const COVERS: { name: string; wide: string; narrow: string; expected: boolean }[] = [
  { name: 'star covers a longer literal', wide: 'stack/Agc-*', narrow: 'stack/Agc-Core/x', expected: true },
  { name: 'star covers a narrower pattern', wide: 'stack/Agc-*', narrow: 'stack/Agc-Context-*-*', expected: true },
  { name: 'equal literals', wide: 'a/b', narrow: 'a/b', expected: true },
  { name: 'different literal', wide: 'stack/Agc-Core/*', narrow: 'stack/Agc-Other/*', expected: false },
  { name: 'narrow star is not covered by a literal', wide: 'a/b', narrow: 'a/*', expected: false },
  { name: 'question mark covers one literal', wide: 'a?c', narrow: 'abc', expected: true },
  { name: 'question mark never covers a star', wide: 'a?c', narrow: 'a*c', expected: false },
  { name: 'star covers question mark', wide: 'a*', narrow: 'a?', expected: true },
];

for (const row of COVERS) {
  test(`patternCovers: ${row.name}`, () => assert.equal(patternCovers(row.wide, row.narrow), row.expected));
}

const INTERSECTS: { name: string; a: string; b: string; expected: boolean }[] = [
  { name: 'ARN format and a concrete bucket object', a: 'arn:*:s3:::*/*', b: 'arn:aws:s3:::agc-1-us-east-1/project/x', expected: true },
  { name: 'bucket ARN has no object part', a: 'arn:*:s3:::*/*', b: 'arn:aws:s3:::agc-1-us-east-1', expected: false },
  { name: 'both wildcards on different sides', a: 'ab*', b: '*cd', expected: true },
  { name: 'different services', a: 'arn:*:dynamodb:*:*:table/*', b: 'arn:aws:s3:::x', expected: false },
  { name: 'question marks meet any character', a: 'a?', b: '?b', expected: true },
];

for (const row of INTERSECTS) {
  test(`patternsIntersect: ${row.name}`, () => {
    assert.equal(patternsIntersect(row.a, row.b), row.expected);
    assert.equal(patternsIntersect(row.b, row.a), row.expected, 'symmetric');
  });
}
