import type { AgcCommand, Persona, Requirement } from '../model/types';
import type { CatalogVersion } from '../catalog/iam-catalog';
import type { Decision, EvaluationRequest, NamedPolicy } from './engine/types';
import type { ProbeGroup } from './must-deny-probes';

/** The policies to judge, per persona: the admin's, and the user's (both user policies together). */
export type PoliciesByPersona = Readonly<Record<Persona, readonly NamedPolicy[]>>;

/** One requirement tried in one witness session (region and project). */
export interface RequirementResult {
  readonly requirement: Requirement;
  readonly session: { readonly region: string; readonly project: string };
  readonly request: EvaluationRequest;
  readonly decision: Decision;
}

export interface CommandSummary {
  readonly command: AgcCommand;
  readonly persona: Persona;
  readonly allowed: number;
  readonly total: number;
  readonly denied: readonly RequirementResult[];
}

export interface ProbeResult {
  readonly id: string;
  readonly group: ProbeGroup | 'scope';
  readonly persona: Persona;
  readonly request: EvaluationRequest;
  readonly reason: string;
  readonly decision: Decision;
}

/** Something wrong that is not a decision: `{ code, message, where }`, as every stage reports it. */
export interface Finding {
  readonly code: string;
  readonly message: string;
  readonly where: string;
}

export interface PolicySize {
  readonly policy: string;
  readonly size: number;
  readonly max: number;
  readonly headroom: number;
}

export interface VerifyReport {
  readonly ok: boolean;
  readonly catalog: CatalogVersion;
  readonly commands: readonly CommandSummary[];
  /** How many sessions (named region and project pairs) each requirement was tried in. */
  readonly sessions: number;
  readonly probes: { readonly total: number; readonly denied: number; readonly allowed: readonly ProbeResult[] };
  readonly catalogFindings: readonly Finding[];
  readonly sizes: readonly PolicySize[];
  readonly unusedGrants: readonly Finding[];
}
