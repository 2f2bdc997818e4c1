import type { CompiledPolicy, PolicyJson } from './types';

/** The IAM JSON of a compiled policy: arrays everywhere, fields in IAM's usual order, nothing else. */
export function renderPolicy(policy: CompiledPolicy): PolicyJson {
  return {
    Version: '2012-10-17',
    Statement: policy.statements.map((statement) => ({
      Sid: statement.sid,
      Effect: 'Allow',
      Action: statement.actions,
      Resource: statement.resources,
      ...(statement.conditions ? { Condition: statement.conditions } : {}),
    })),
  };
}

/** IAM's managed-policy quota counts characters without white space. */
export const MANAGED_POLICY_MAX_CHARS = 6144;

/** A policy document's size as IAM counts it; any JSON document, ours or one read from a file. */
export function policySize(document: PolicyJson | object): number {
  return JSON.stringify(document).replace(/\s/g, '').length;
}
