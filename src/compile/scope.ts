import type { OptIn } from '../model/types';

/**
 * Where the policies will be used: the values that fill a requirement's placeholders. Partition and account may be
 * CloudFormation tokens (the CDK stack) or concrete values (export, verify).
 */
export interface Scope {
  readonly partition: string;
  readonly account: string;
  /** `'*'` grants every region of the partition; a list names only these. */
  readonly regions: readonly string[] | '*';
  /** `'*'` grants every AGC project; a list names only these. */
  readonly projects: readonly string[] | '*';
  /** The data bucket when AGC was activated with `--bucket`; otherwise AGC's own `agc-{account}-{region}`. */
  readonly bucket?: string;
  readonly optIns: readonly OptIn[];
}

export const AGC_DEFAULT_BUCKET = 'agc-{account}-{region}';

export function scopeFor(partition: string, account: string, overrides: Partial<Omit<Scope, 'partition' | 'account'>> = {}): Scope {
  return { partition, account, regions: '*', projects: '*', optIns: [], ...overrides };
}
