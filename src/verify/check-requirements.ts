import { AGC_COMMANDS, type Requirement } from '../model/types';
import { appliesInScope, type Scope } from '../compile/scope';
import { personaOf } from '../model/requirements';
import { evaluatePolicies } from './engine/evaluate-policies';
import type { CommandSummary, PoliciesByPersona, RequirementResult } from './types';
import { witnessRequest } from './witness';

/** Requirements that apply in this scope: opt-in ones only when opted in. */
export function requirementsInScope(requirements: readonly Requirement[], scope: Scope): Requirement[] {
  return requirements.filter((requirement) => appliesInScope(requirement, scope));
}

/** Every requirement, as the witness session makes it, against its persona's policies. */
export function checkRequirements(requirements: readonly Requirement[], policies: PoliciesByPersona, scope: Scope): RequirementResult[] {
  return requirementsInScope(requirements, scope).map((requirement) => {
    const request = witnessRequest(requirement, scope);
    return { requirement, request, decision: evaluatePolicies(policies[requirement.persona], request).decision };
  });
}

/** Per command, in AGC's order: how many of its requirements hold, and the ones that do not. */
export function summarizeCommands(results: readonly RequirementResult[]): CommandSummary[] {
  return AGC_COMMANDS.map((command) => {
    const mine = results.filter((result) => result.requirement.command === command);
    return {
      command,
      persona: personaOf(command),
      allowed: mine.filter((result) => result.decision === 'Allowed').length,
      total: mine.length,
      denied: mine.filter((result) => result.decision !== 'Allowed'),
    };
  });
}
