import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../support/resolve-template';

const BIN = join(repoRoot(), 'bin/agc-permissions.js');

/** The command lines of each `sh` block of the README, continuations joined and comments dropped. */
function shellBlocks(readme: string): string[][] {
  return [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map(([, body]) =>
    body
      .replace(/\\\n\s*/g, ' ')
      .split('\n')
      .map((line) => line.replace(/\s+#.*$/, '').trim())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
}

/**
 * `npx agc-permissions ARGS` runs as it is; `npx cdk deploy -c key=value ...` cannot reach AWS here, so it runs as
 * `agc-permissions export --key value ...`, which validates the same options and measures the same policies before
 * writing (the option tests prove that context and flags give the same policies).
 */
function asOfflineArgs(line: string): string[] | undefined {
  const words = line.split(/\s+/);
  if (words[0] === 'npx' && words[1] === 'agc-permissions') return words.slice(2);
  if (words[0] === 'npx' && words[1] === 'cdk' && words[2] === 'deploy') {
    const flags = words.slice(3).flatMap((word, index, all) => (all[index - 1] === '-c' ? [`--${word.split('=')[0]}`, word.slice(word.indexOf('=') + 1)] : []));
    return ['export', '--account', '123456789012', ...flags, '--out', 'deploy-check'];
  }
  return undefined;
}

test('the commands the README shows run, block by block, and succeed', () => {
  const blocks = shellBlocks(readFileSync(join(repoRoot(), 'README.md'), 'utf8'));
  let ran = 0;
  for (const block of blocks) {
    const cwd = mkdtempSync(join(tmpdir(), 'agc-readme-'));
    for (const line of block) {
      const args = asOfflineArgs(line);
      if (!args) continue;
      const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
      assert.equal(result.status, 0, `${line}\n${result.stderr}${result.stdout.slice(0, 400)}`);
      ran++;
    }
  }
  assert.ok(ran >= 8, `ran ${ran} README commands`);
});

test("the README's sample verification report is what verify prints today", () => {
  const readme = readFileSync(join(repoRoot(), 'README.md'), 'utf8');
  const sample = /## Reading a verification report\n\n```\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(sample, 'the README has a sample report');
  const printed = spawnSync(process.execPath, [BIN, 'verify'], { encoding: 'utf8' }).stdout.split('\n');
  for (const line of sample.split('\n').filter((text) => text !== '' && text !== '...')) {
    assert.ok(printed.includes(line), `verify no longer prints: ${line}`);
  }
});
