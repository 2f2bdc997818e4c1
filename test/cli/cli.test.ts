import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../support/resolve-template';

const BIN = join(repoRoot(), 'bin/agc-permissions.js');

function cli(args: string[], cwd = mkdtempSync(join(tmpdir(), 'agc-cli-'))) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, cwd };
}

const BAD_INPUT: { name: string; args: string[]; stderr: string }[] = [
  { name: 'export without account', args: ['export', '--out', 'p'], stderr: 'agc-permissions: missing --account for export; expected a 12-digit AWS account id such as 123456789012\n' },
  { name: 'export with a bad account', args: ['export', '--account', '12', '--out', 'p'], stderr: "agc-permissions: invalid value '12' for --account; expected a 12-digit AWS account id such as 123456789012\n" },
  { name: 'export with an unknown region', args: ['export', '--account', '123456789012', '--regions', 'us-east-7', '--out', 'p'], stderr: "agc-permissions: invalid value 'us-east-7' for --regions; expected a region of partition aws such as af-south-1, ap-east-1, ap-east-2\n" },
  { name: 'synth with an unknown flag', args: ['synth', '--out', 'p', '--region', 'us-east-1'], stderr: "agc-permissions: Unknown option '--region' (agc-permissions synth); expected one of --account --partition --regions --bucket --projects --cdk-fallback --attach-admin-roles --attach-admin-users --attach-admin-groups --attach-user-roles --attach-user-users --attach-user-groups --create-groups --stack-name --policy-name-prefix --tags --out --help --debug\n" },
  { name: 'export with more regions than one admin policy holds', args: ['export', '--account', '123456789012', '--regions', 'us-east-1,us-west-2,eu-west-1', '--out', 'p'], stderr: "agc-permissions: agc-admin-policy would be 6622 characters with 3 regions; expected at most 6144 (IAM's quota): name fewer --regions, or split them over stacks with their own --stack-name\n" },
  { name: 'main (npm start) with more regions than one admin policy holds', args: ['main', '--regions', 'us-east-1,us-west-2,eu-west-1'], stderr: "agc-permissions: agc-admin-policy would be 6622 characters with 3 regions; expected at most 6144 (IAM's quota): name fewer --regions, or split them over stacks with their own --stack-name\n" },
  { name: 'synth with too many regions and projects for the user policy', args: ['synth', '--regions', 'us-east-1', '--projects', 'P1,P2,P3,P4,P5,P6,P7,P8,P9,P10,P11', '--out', 'p'], stderr: "agc-permissions: agc-user-policy would be 6500 characters with 1 region and 11 projects; expected at most 6144 (IAM's quota): name fewer --regions or --projects, or split them over stacks with their own --stack-name\n" },
  { name: 'an unknown command', args: ['deploy'], stderr: "agc-permissions: unknown command 'deploy'; expected one of main, synth, export, verify, explain, config\n" },
  { name: 'explain of an action no command needs', args: ['explain', 'iam:CreateUser'], stderr: "agc-permissions: no AGC command needs action 'iam:CreateUser'; expected one of the 72 actions of the model such as batch:DescribeJobs, cloudformation:CreateChangeSet, cloudformation:DeleteChangeSet\n" },
];

for (const row of BAD_INPUT) {
  test(`bad input gives one line, exit 2 and no file: ${row.name}`, () => {
    const { code, stdout, stderr, cwd } = cli(row.args);
    assert.equal(code, 2);
    assert.equal(stderr, row.stderr);
    assert.equal(stdout, '');
    assert.deepEqual(readdirSync(cwd), []);
  });
}

test('every command has --help', () => {
  for (const command of ['main', 'synth', 'export', 'verify', 'explain', 'config']) {
    const { code, stdout } = cli([command, '--help']);
    assert.equal(code, 0, command);
    assert.match(stdout, new RegExp(`^usage: agc-permissions ${command} `), command);
  }
});

test('export is byte-identical from run to run and writes the three documented files', () => {
  const first = cli(['export', '--account', '123456789012', '--out', 'policies']);
  const second = cli(['export', '--account', '123456789012', '--out', 'policies']);
  assert.equal(first.code, 0);
  const names = readdirSync(join(first.cwd, 'policies')).sort();
  assert.deepEqual(names, ['agc-admin-policy.json', 'agc-user-policy-cdk.json', 'agc-user-policy.json']);
  for (const name of names) {
    assert.equal(readFileSync(join(first.cwd, 'policies', name), 'utf8'), readFileSync(join(second.cwd, 'policies', name), 'utf8'), name);
  }
  assert.match(first.stdout, /^policy: policies\/agc-admin-policy\.json$/m);
});

test('two regions fit: export writes them and verify --policies proves them, region by region', () => {
  const regions = ['us-east-1', 'eu-west-1'];
  const exported = cli(['export', '--account', '123456789012', '--regions', regions.join(','), '--out', 'policies']);
  assert.equal(exported.code, 0, exported.stderr);
  const admin = readFileSync(join(exported.cwd, 'policies', 'agc-admin-policy.json'), 'utf8');
  for (const region of regions) assert.ok(admin.includes(`cdk-agc-deploy-role-123456789012-${region}`), region);
  assert.ok(!admin.includes('us-west-2'));

  const verified = cli(['verify', '--policies', 'policies', '--account', '123456789012', '--regions', regions.join(','), '--json'], exported.cwd);
  assert.equal(verified.code, 0, verified.stdout.slice(0, 500));
  assert.equal((JSON.parse(verified.stdout) as { ok: boolean }).ok, true);
});

test('more regions than fit, split over two stacks: together they verify for all of them', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'agc-cli-'));
  for (const [out, regions] of [['west', 'us-west-2,eu-west-1'], ['east', 'us-east-1']]) {
    assert.equal(cli(['export', '--account', '123456789012', '--regions', regions, '--out', out], cwd).code, 0, regions);
  }
  const files = (prefix: string) => ['west', 'east'].flatMap((out) => readdirSync(join(cwd, out)).filter((name) => name.startsWith(prefix)).map((name) => join(out, name)));
  const args = ['verify', '--account', '123456789012', '--regions', 'us-east-1,us-west-2,eu-west-1', '--json'];
  const together = cli([...args, '--admin', files('agc-admin-policy').join(','), '--user', files('agc-user-policy').join(',')], cwd);
  assert.equal(together.code, 0, together.stdout.slice(0, 500));
  // One stack alone is not enough for the other's region, even when that region is listed last: every region is tried.
  const westOnly = cli(['verify', '--account', '123456789012', '--regions', 'us-west-2,eu-west-1,us-east-1', '--json', '--policies', 'west'], cwd);
  assert.equal(westOnly.code, 1);
  const denied = (JSON.parse(westOnly.stdout) as { commands: { denied: { session: { region: string } }[] }[] }).commands.flatMap((command) => command.denied);
  assert.deepEqual([...new Set(denied.map((result) => result.session.region))], ['us-east-1']);
});

test('synth --out writes the template named after the stack', () => {
  const { code, cwd } = cli(['synth', '--out', 'cfn', '--stack-name', 'AgcPerms']);
  assert.equal(code, 0);
  const template = JSON.parse(readFileSync(join(cwd, 'cfn', 'AgcPerms.template.json'), 'utf8'));
  assert.deepEqual(Object.keys(template.Resources).sort(), ['agcadminpolicy', 'agcuserpolicy', 'agcuserpolicycdk']);
});

test('explain ACTION lists the commands that need it with their evidence', () => {
  const { code, stdout } = cli(['explain', 'execute-api:Invoke', '--json']);
  assert.equal(code, 0);
  const permissions = JSON.parse(stdout) as { action: string; uses: { command: string; evidence: string[] }[] }[];
  assert.ok(permissions.every((p) => p.action === 'execute-api:Invoke'));
  const commands = new Set(permissions.flatMap((p) => p.uses.map((u) => u.command)));
  for (const command of ['workflow run', 'workflow stop', 'workflow status']) assert.ok(commands.has(command), command);
  assert.ok(permissions.every((p) => p.uses.every((u) => u.evidence.length > 0)));
});

test('config shows each value and where it came from: flag over agc-permissions.json over default', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'agc-cli-'));
  writeFileSync(join(cwd, 'agc-permissions.json'), JSON.stringify({ regions: ['eu-west-1'], projects: 'Demo' }));
  const { code, stdout } = cli(['config', '--regions', 'us-east-1', '--json'], cwd);
  assert.equal(code, 0);
  const rows = JSON.parse(stdout) as { option: string; value: unknown; origin: string }[];
  const row = (name: string) => rows.find((r) => r.option === name);
  assert.deepEqual(row('regions'), { option: 'regions', value: ['us-east-1'], origin: 'flag' });
  assert.deepEqual(row('projects'), { option: 'projects', value: ['Demo'], origin: 'file' });
  assert.equal(row('bucket')?.origin, 'default');
});

test('a broken config file is one line and exit 2, and nothing is written', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'agc-cli-'));
  writeFileSync(join(cwd, 'agc-permissions.json'), '{"regions": ');
  const { code, stderr } = cli(['export', '--account', '123456789012', '--out', 'p'], cwd);
  assert.equal(code, 2);
  assert.match(stderr, /^agc-permissions: cannot read agc-permissions.json: .*; expected a JSON object of option names to values\n$/);
  assert.equal(existsSync(join(cwd, 'p')), false);
});

test('main (npm start) writes template and policies and verifies them, exit 0', () => {
  const { code, stdout, cwd } = cli(['main']);
  assert.equal(code, 0, stdout);
  assert.deepEqual(readdirSync(join(cwd, 'out')).sort(), ['AgcPermissionsStack.template.json', 'agc-admin-policy.json', 'agc-user-policy-cdk.json', 'agc-user-policy.json']);
  assert.match(stdout, /RESULT: all checks hold/);
});
