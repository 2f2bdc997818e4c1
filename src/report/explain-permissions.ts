import { listRequirements } from '../model/requirements';
import type { AgcCommand, Evidence, PolicyId, Requirement } from '../model/types';
import { AGC_COMMIT } from '../model/types';

/** One permission of the model, with every command that needs it: what `explain` shows. */
export interface ExplainedPermission {
  readonly action: string;
  readonly resource: string;
  readonly policy: PolicyId;
  readonly optIn?: string;
  readonly uses: readonly {
    readonly requirement: string;
    readonly command: AgcCommand;
    readonly when: string;
    readonly why: string;
    readonly evidence: readonly string[];
  }[];
}

export function describeTrigger(requirement: Requirement): string {
  if (!requirement.when) return 'always';
  return 'flag' in requirement.when ? `with ${requirement.when.flag}` : requirement.when.situation;
}

export function formatEvidence(evidence: Evidence): string {
  return `${evidence.in && evidence.in !== 'aws/amazon-genomics-cli' ? `${evidence.in}:` : ''}${evidence.path}:${evidence.line}`;
}

/** Groups requirements by (policy, action, resource); `action` filters case-insensitively when given. */
export function explainPermissions(action?: string, requirements: readonly Requirement[] = listRequirements()): ExplainedPermission[] {
  const wanted = action?.toLowerCase();
  const permissions = new Map<string, ExplainedPermission & { uses: ExplainedPermission['uses'][number][] }>();
  for (const requirement of requirements) {
    if (wanted && requirement.action.toLowerCase() !== wanted) continue;
    const key = `${requirement.policy}|${requirement.action}|${requirement.resource}|${requirement.optIn ?? ''}`;
    const permission = permissions.get(key) ?? {
      action: requirement.action,
      resource: requirement.resource,
      policy: requirement.policy,
      ...(requirement.optIn ? { optIn: requirement.optIn } : {}),
      uses: [],
    };
    permission.uses.push({
      requirement: requirement.id,
      command: requirement.command,
      when: describeTrigger(requirement),
      why: requirement.why,
      evidence: requirement.evidence.map(formatEvidence),
    });
    permissions.set(key, permission);
  }
  return [...permissions.values()].sort((a, b) =>
    a.policy !== b.policy ? (a.policy < b.policy ? -1 : 1) : a.action !== b.action ? (a.action < b.action ? -1 : 1) : a.resource < b.resource ? -1 : 1,
  );
}

export const EVIDENCE_NOTE = `evidence: aws/amazon-genomics-cli at ${AGC_COMMIT.slice(0, 12)} unless prefixed`;
