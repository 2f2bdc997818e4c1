import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { UsageError } from '../options/usage-error';
import type { NamedPolicy } from './engine/types';
import type { PoliciesByPersona } from './types';

function loadPolicyFile(path: string, name: string): NamedPolicy {
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError('InvalidPolicyFile', `cannot read policy file '${path}': ${(error as Error).message.split('\n')[0]}; expected an IAM policy document in JSON`);
  }
  if (!document || typeof document !== 'object' || !('Statement' in document)) {
    throw new UsageError('InvalidPolicyFile', `policy file '${path}' has no Statement; expected an IAM policy document such as {"Version": "2012-10-17", "Statement": [...]}`);
  }
  return { name, document: document as NamedPolicy['document'] };
}

/**
 * `--admin FILE... --user FILE...`: each persona's files, named explicitly. The report names a file by its base
 * name, or by its path when two files share one (the policies of two stacks, exported side by side).
 */
export function loadNamedPolicyFiles(admin: readonly string[], user: readonly string[]): PoliciesByPersona {
  const baseNames = [...admin, ...user].map((path) => basename(path));
  const nameOf = (path: string) => (baseNames.filter((name) => name === basename(path)).length > 1 ? path : basename(path));
  return { admin: admin.map((path) => loadPolicyFile(path, nameOf(path))), user: user.map((path) => loadPolicyFile(path, nameOf(path))) };
}

/** `--policies DIR`: `agc-admin-policy*.json` are the admin's, `agc-user-policy*.json` the user's. */
export function loadPolicyDirectory(directory: string): PoliciesByPersona {
  let names: string[];
  try {
    names = readdirSync(directory).sort();
  } catch {
    throw new UsageError('InvalidPolicyDirectory', `cannot read directory '${directory}' for --policies; expected a directory with agc-admin-policy*.json and agc-user-policy*.json`);
  }
  const pick = (prefix: string) => names.filter((name) => name.startsWith(prefix) && name.endsWith('.json')).map((name) => join(directory, name));
  const policies = loadNamedPolicyFiles(pick('agc-admin-policy'), pick('agc-user-policy'));
  if (policies.admin.length === 0 && policies.user.length === 0) {
    throw new UsageError('InvalidPolicyDirectory', `no policy files in '${directory}'; expected files named agc-admin-policy*.json and agc-user-policy*.json`);
  }
  return policies;
}
