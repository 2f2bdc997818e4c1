import { AGC_COMMANDS, type Requirement } from '../model/types';
import { appliesInScope, type Scope } from '../compile/scope';
import { personaOf } from '../model/requirements';
import { evaluatePolicies } from './engine/evaluate-policies';
import type { CommandSummary, PoliciesByPersona, RequirementResult } from './types';
import { witnessRequest, witnessSessions } from './witness';

/** Requirements that apply in this scope: opt-in ones only when opted in. */
export function requirementsInScope(requirements: readonly Requirement[], scope: Scope): Requirement[] {
  return requirements.filter((requirement) => appliesInScope(requirement, scope));
}

/** Every requirement, in every witness session, against its persona's policies: one result per pair. */
export function checkRequirements(requirements: readonly Requirement[], policies: PoliciesByPersona, scope: Scope): RequirementResult[] {
  const sessions = witnessSessions(scope);
  return requirementsInScope(requirements, scope).flatMap((requirement) =>
    sessions.map((session) => {
      const request = witnessRequest(requirement, scope, session);
      return { requirement, session: { region: session.region, project: session.project }, request, decision: evaluatePolicies(policies[requirement.persona], request).decision };
    }),
  );
}

/** Per command, in AGC's order: how many of its requirements hold in every session, and where the others do not. */
export function summarizeCommands(results: readonly RequirementResult[]): CommandSummary[] {
  return AGC_COMMANDS.map((command) => {
    const mine = results.filter((result) => result.requirement.command === command);
    const denied = mine.filter((result) => result.decision !== 'Allowed');
    const total = new Set(mine.map((result) => result.requirement.id)).size;
    return {
      command,
      persona: personaOf(command),
      allowed: total - new Set(denied.map((result) => result.requirement.id)).size,
      total,
      denied,
    };
  });
}
