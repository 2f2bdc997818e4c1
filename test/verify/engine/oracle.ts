/**
 * Adapter around @cloud-copilot/iam-simulate (AGPL-3.0), used ONLY by tests and
 * the benchmark as an independent oracle — never import it from src/.
 * The principal lives in the same account as every resource, so only the
 * identity policies decide.
 */
import { runSimulation, runUnsafeSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import type { Decision, NamedPolicy } from '../../../src/verify/engine/types';
import { ACCOUNT, PRINCIPAL } from './generate-cases';

export interface OracleRequest { action: string; resource: string; context: Record<string, string | string[]> }
export interface OracleResult {
  decision?: Decision;
  error?: string;
  /** "policy#index" (zero-based) of the deciding statements. */
  allowedBy: string[];
  deniedBy: string[];
  ignoredContextKeys: string[];
}

export function toSimulation(policies: readonly NamedPolicy[], request: OracleRequest): Simulation {
  return {
    request: {
      principal: PRINCIPAL,
      action: request.action,
      resource: { resource: request.resource, accountId: ACCOUNT },
      contextVariables: request.context,
    },
    identityPolicies: policies.map((p) => ({ name: p.name, policy: p.document })),
    serviceControlPolicies: [],
    resourceControlPolicies: [],
  };
}

export async function runOracle(policies: readonly NamedPolicy[], request: OracleRequest): Promise<OracleResult> {
  const result = await runSimulation(toSimulation(policies, request), {});
  if (result.resultType === 'error') return { error: JSON.stringify(result.errors), allowedBy: [], deniedBy: [], ignoredContextKeys: [] };
  // Request resources never contain wildcards here; a 'wildcard' result would mean a generator bug.
  if (result.resultType !== 'single') return { error: 'wildcard request resource', allowedBy: [], deniedBy: [], ignoredContextKeys: [] };
  const single = result.result;
  const identity = single.analysis.identityAnalysis;
  const refs = (list: { policyId: string; statement: { index(): number } }[] | undefined) =>
    (list ?? []).map((s) => `${s.policyId}#${s.statement.index() - 1}`).sort();
  return {
    decision: result.overallResult,
    allowedBy: refs(identity?.allowStatements),
    deniedBy: refs(identity?.denyStatements),
    ignoredContextKeys: single.ignoredContextKeys ?? [],
  };
}

/** The validation-free entry point, for benchmarking only. */
export function runOracleUnsafe(policies: readonly NamedPolicy[], request: OracleRequest): Decision {
  return runUnsafeSimulation(toSimulation(policies, request), {});
}
