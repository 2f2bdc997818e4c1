import type { ConditionBlock, Persona, PolicyId } from '../model/types';

/** A statement with its provenance: the requirement ids it serves travel with it through every stage. */
export interface CompiledStatement {
  readonly sid: string;
  readonly actions: readonly string[];
  readonly resources: readonly string[];
  readonly conditions?: ConditionBlock;
  readonly requirementIds: readonly string[];
  /** Why a `"*"` resource is unavoidable, one reason per action that needs it. */
  readonly starReasons: readonly string[];
}

export interface CompiledPolicy {
  readonly id: PolicyId;
  readonly statements: readonly CompiledStatement[];
}

/** The JSON IAM reads: what the stack deploys and `export` writes. */
export interface PolicyJson {
  readonly Version: '2012-10-17';
  readonly Statement: readonly StatementJson[];
}
export interface StatementJson {
  readonly Sid: string;
  readonly Effect: 'Allow';
  readonly Action: readonly string[];
  readonly Resource: readonly string[];
  readonly Condition?: ConditionBlock;
}

export const POLICY_IDS: readonly PolicyId[] = ['admin', 'user', 'user-cdk'];

/** Each policy's name: the export's file name (plus `.json`) and the stack's construct id. */
export const POLICY_NAMES: Readonly<Record<PolicyId, string>> = {
  admin: 'agc-admin-policy',
  user: 'agc-user-policy',
  'user-cdk': 'agc-user-policy-cdk',
};

/** The persona each policy is for: the admin's one, the user's two. */
export const PERSONA_OF_POLICY: Readonly<Record<PolicyId, Persona>> = { admin: 'admin', user: 'user', 'user-cdk': 'user' };
