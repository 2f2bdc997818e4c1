import { knownPartitions, regionsOfPartition } from './known-regions';
import { UsageError } from './usage-error';

/**
 * One check per kind of value, each throwing a UsageError whose message names the option, the bad value and
 * what is allowed. The rules are the services' own, cited where they are not obvious.
 */

function fail(code: string, option: string, value: string, expected: string): never {
  throw new UsageError(code, `invalid value '${value}' for --${option}; expected ${expected}`);
}

export function validateAccount(option: string, value: string): string {
  if (!/^\d{12}$/.test(value)) fail('InvalidAccount', option, value, 'a 12-digit AWS account id such as 123456789012');
  return value;
}

export function validatePartition(option: string, value: string): string {
  const partitions = knownPartitions();
  if (!partitions.includes(value)) fail('UnknownPartition', option, value, `one of ${partitions.join(', ')}`);
  return value;
}

export function validateRegions(option: string, values: readonly string[], partition: string): string[] {
  const known = regionsOfPartition(partition);
  for (const value of values) {
    if (!known.includes(value)) {
      fail('UnknownRegion', option, value, `a region of partition ${partition} such as ${known.slice(0, 3).join(', ')}`);
    }
  }
  return [...new Set(values)].sort();
}

/** AGC accepts only letters and digits in project names (packages/cli/internal/pkg/cli/project.go:26). */
export function validateProjects(option: string, values: readonly string[]): string[] {
  for (const value of values) {
    if (!/^[A-Za-z0-9]+$/.test(value)) fail('InvalidProjectName', option, value, 'an AGC project name of letters and digits only');
  }
  return [...new Set(values)].sort();
}

/** S3's general-purpose bucket naming rules. */
export function validateBucket(option: string, value: string): string {
  const expected = 'an S3 bucket name: 3-63 lowercase letters, digits, dots or hyphens, starting and ending with a letter or digit';
  const wellFormed = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(value) && !value.includes('..');
  const reserved =
    /^\d+\.\d+\.\d+\.\d+$/.test(value) ||
    /^(xn--|sthree-|amzn-s3-demo-)/.test(value) ||
    /(-s3alias|--ol-s3|\.mrap|--x-s3)$/.test(value);
  if (!wellFormed || reserved) fail('InvalidBucketName', option, value, expected);
  return value;
}

/** IAM name limits: roles and users 64 characters, groups 128, all from the set [A-Za-z0-9+=,.@_-]. */
export function validatePrincipalNames(option: string, values: readonly string[], kind: 'role' | 'user' | 'group'): string[] {
  const max = kind === 'group' ? 128 : 64;
  for (const value of values) {
    if (!new RegExp(`^[\\w+=,.@-]{1,${max}}$`).test(value)) {
      fail('InvalidPrincipalName', option, value, `an IAM ${kind} name of 1-${max} characters from A-Z a-z 0-9 + = , . @ _ -`);
    }
  }
  return [...new Set(values)].sort();
}

/** CloudFormation stack names: a letter, then letters, digits and hyphens, 128 characters at most. */
export function validateStackName(option: string, value: string): string {
  if (!/^[A-Za-z][A-Za-z0-9-]{0,127}$/.test(value)) {
    fail('InvalidStackName', option, value, 'a CloudFormation stack name: a letter, then letters, digits or hyphens, 128 at most');
  }
  return value;
}

/** A managed policy name is at most 128 characters; the longest suffix added is `agc-user-policy-cdk` (19). */
export function validatePolicyNamePrefix(option: string, value: string): string {
  if (!/^[\w+=,.@-]{1,109}$/.test(value)) {
    fail('InvalidPolicyNamePrefix', option, value, 'up to 109 characters from A-Z a-z 0-9 + = , . @ _ - (the policy name adds up to 19)');
  }
  return value;
}

/** IAM and CloudFormation tag limits: 50 tags, keys 1-128 and values 0-256 characters, no `aws:` prefix. */
export function validateTags(option: string, tags: Readonly<Record<string, string>>): Record<string, string> {
  const allowed = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
  const entries = Object.entries(tags);
  if (entries.length > 50) fail('InvalidTag', option, `${entries.length} tags`, 'at most 50 tags');
  for (const [key, value] of entries) {
    if (key.length < 1 || key.length > 128 || !allowed.test(key) || key.toLowerCase().startsWith('aws:')) {
      fail('InvalidTag', option, key, 'a tag key of 1-128 letters, digits, spaces or _ . : / = + - @, not starting with aws:');
    }
    if (value.length > 256 || !allowed.test(value)) {
      fail('InvalidTag', option, `${key}=${value}`, 'a tag value of at most 256 letters, digits, spaces or _ . : / = + - @');
    }
  }
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}
