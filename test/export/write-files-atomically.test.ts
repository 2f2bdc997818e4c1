import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { writeFilesAtomically } from '../../src/export/write-files-atomically';

test('a new directory appears whole, with no staging directory left beside it', () => {
  const parent = mkdtempSync(join(tmpdir(), 'agc-atomic-'));
  writeFilesAtomically(join(parent, 'out'), { 'a.json': 'A', 'b.json': 'B' });
  assert.deepEqual(readdirSync(parent), ['out']);
  assert.deepEqual(readdirSync(join(parent, 'out')).sort(), ['a.json', 'b.json']);
});

test('an existing directory keeps its other files and gets the new ones replaced', () => {
  const parent = mkdtempSync(join(tmpdir(), 'agc-atomic-'));
  mkdirSync(join(parent, 'out'));
  writeFileSync(join(parent, 'out', 'keep.txt'), 'mine');
  writeFileSync(join(parent, 'out', 'a.json'), 'old');
  writeFilesAtomically(join(parent, 'out'), { 'a.json': 'new' });
  assert.equal(readFileSync(join(parent, 'out', 'a.json'), 'utf8'), 'new');
  assert.equal(readFileSync(join(parent, 'out', 'keep.txt'), 'utf8'), 'mine');
  assert.deepEqual(readdirSync(parent), ['out']);
});

test('a failure while staging leaves nothing behind', () => {
  const parent = mkdtempSync(join(tmpdir(), 'agc-atomic-'));
  assert.throws(() => writeFilesAtomically(join(parent, 'out'), { 'a.json': 'A', 'no/such/dir.json': 'B' }));
  assert.deepEqual(readdirSync(parent), []);
});
