import type { Persona } from '../model/types';
import { evaluatePolicies } from './engine/evaluate-policies';
import type { EvaluationRequest, NamedPolicy, PolicyStatement } from './engine/types';
import type { Finding, PoliciesByPersona } from './types';

const statementsOf = (policy: NamedPolicy): PolicyStatement[] => ([] as PolicyStatement[]).concat(policy.document.Statement);

function withStatements(policies: readonly NamedPolicy[], target: number, replace: (statements: PolicyStatement[]) => PolicyStatement[]): NamedPolicy[] {
  return policies.map((policy, index) => (index === target ? { ...policy, document: { ...policy.document, Statement: replace(statementsOf(policy)) } } : policy));
}

/**
 * Minimality by deletion: drop each Allow statement, then each action of it, and ask whether any request the
 * persona must make is still allowed. When every request still is, the grant serves no AGC command.
 */
export function findUnusedGrants(policies: PoliciesByPersona, mustAllow: Readonly<Record<Persona, readonly EvaluationRequest[]>>): Finding[] {
  const findings: Finding[] = [];
  for (const persona of ['admin', 'user'] as const) {
    const own = policies[persona];
    const requests = mustAllow[persona];
    const allHold = (candidate: readonly NamedPolicy[]) => requests.every((request) => evaluatePolicies(candidate, request).decision === 'Allowed');
    own.forEach((policy, policyIndex) => {
      statementsOf(policy).forEach((statement, statementIndex) => {
        if (statement.Effect !== 'Allow') return;
        const where = `${policy.name} statement ${statement.Sid ?? statementIndex}`;
        if (allHold(withStatements(own, policyIndex, (list) => list.filter((_, i) => i !== statementIndex)))) {
          findings.push({ code: 'UnusedStatement', message: 'no AGC command needs this statement: removing it denies nothing', where });
          return;
        }
        const actions = statement.Action === undefined ? [] : ([] as string[]).concat(statement.Action);
        if (actions.length < 2) return;
        for (const action of actions) {
          const without = withStatements(own, policyIndex, (list) => list.map((s, i) => (i === statementIndex ? { ...s, Action: actions.filter((a) => a !== action) } : s)));
          if (allHold(without)) findings.push({ code: 'UnusedAction', message: `no AGC command needs ${action} here: removing it denies nothing`, where });
        }
      });
    });
  }
  return findings;
}
