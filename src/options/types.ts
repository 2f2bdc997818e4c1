import type { Persona } from '../model/types';
import type { Scope } from '../compile/scope';

/** Existing IAM principals, by name, that the stack attaches a persona's policies to. */
export interface Principals {
  readonly roles: readonly string[];
  readonly users: readonly string[];
  readonly groups: readonly string[];
}

/** Every option, resolved and validated: what synth, export and verify run with. */
export interface PermissionsOptions {
  readonly account?: string;
  readonly partition: string;
  readonly scope: Omit<Scope, 'partition' | 'account'>;
  readonly attach: Readonly<Record<Persona, Principals>>;
  readonly createGroups: boolean;
  readonly stackName: string;
  readonly policyNamePrefix?: string;
  readonly tags: Readonly<Record<string, string>>;
}

export const NO_PRINCIPALS: Principals = { roles: [], users: [], groups: [] };

export const DEFAULT_OPTIONS: PermissionsOptions = {
  partition: 'aws',
  scope: { regions: '*', projects: '*', optIns: [] },
  attach: { admin: NO_PRINCIPALS, user: NO_PRINCIPALS },
  createGroups: false,
  stackName: 'AgcPermissionsStack',
  tags: {},
};
