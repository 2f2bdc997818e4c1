import type { Evidence } from './types';

/** A line of `aws/amazon-genomics-cli` at AGC_COMMIT. */
export function agc(path: string, line: number): Evidence {
  return { path, line };
}

/** A line of the CDK CLI package AGC pins (`aws-cdk@2.128.0`), as published to npm. */
export function cdkCli(path: string, line: number): Evidence {
  return { path, line, in: 'aws-cdk@2.128.0' };
}
