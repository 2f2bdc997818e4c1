import type { AwsRequest, OptIn } from '../model/types';

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

/** Whether a request is granted in this scope: always, unless it is opt-in and the scope did not opt in. */
export function appliesInScope(request: AwsRequest, scope: Scope): boolean {
  return !request.optIn || scope.optIns.includes(request.optIn);
}
