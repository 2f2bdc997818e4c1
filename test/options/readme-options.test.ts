import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { OPTION_SPECS } from '../../src/options/option-table';
import { repoRoot } from '../support/resolve-template';

test('the README documents every option with an example', () => {
  const readme = readFileSync(join(repoRoot(), 'README.md'), 'utf8');
  for (const spec of OPTION_SPECS) {
    assert.ok(readme.includes(`| \`${spec.name}\` | ${spec.description} |`), `${spec.name} has a row`);
    assert.ok(readme.includes(`--${spec.name}`), `${spec.name} has an example`);
  }
});
