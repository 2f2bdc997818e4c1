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

/** Every string over `alphabet` up to `length` characters. */
function allStrings(alphabet: string, length: number): string[] {
  const out = [''];
  for (let size = 1, layer = ['']; size <= length; size++) {
    layer = layer.flatMap((prefix) => [...alphabet].map((letter) => prefix + letter));
    out.push(...layer);
  }
  return out;
}

const asRegex = (pattern: string) => new RegExp(`^${pattern.replace(/\*/g, '.*').replace(/\?/g, '.')}$`);

test('patternCovers never claims a cover brute force refutes, and is exact for literal narrow sides (300 seeded pairs)', () => {
  const strings = allStrings('abc', 7);
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pattern = () => Array.from({ length: 1 + Math.floor(rand() * 3) }, () => 'ab*?'[Math.floor(rand() * 4)]).join('');
  for (let i = 0; i < 300; i++) {
    const [wide, narrow] = [pattern(), pattern()];
    const [wideRegex, narrowRegex] = [asRegex(wide), asRegex(narrow)];
    const expected = strings.every((s) => !narrowRegex.test(s) || wideRegex.test(s));
    const answer = patternCovers(wide, narrow);
    if (answer) assert.ok(expected, `${wide} does not cover ${narrow}`);
    if (!/[*?]/.test(narrow)) assert.equal(answer, expected, `${wide} against the literal ${narrow}`);
  }
});
