import { stableStringify } from '../compile/stable-json';
import type { Persona } from '../model/types';
import { evaluatePolicies } from './engine/evaluate-policies';
import type { EvaluationRequest, NamedPolicy, PolicyStatement } from './engine/types';
import type { Finding, PoliciesByPersona } from './types';

const statementsOf = (policy: NamedPolicy): PolicyStatement[] => ([] as PolicyStatement[]).concat(policy.document.Statement);

/** What a statement grants, whatever its Sid: two statements with the same grant are one grant written twice. */
const grantOf = ({ Sid: _sid, ...grant }: PolicyStatement): string => stableStringify(grant);

/**
 * The policies with this grant edited wherever it is written, so a grant that two policies repeat counts once:
 * `edit` returns the statement to keep in its place, or nothing to drop it.
 */
function withGrantEdited(policies: readonly NamedPolicy[], grant: string, edit: (statement: PolicyStatement) => PolicyStatement | undefined): NamedPolicy[] {
  const editStatement = (statement: PolicyStatement) => (grantOf(statement) === grant ? edit(statement) : statement);
  return policies.map((policy) => ({
    ...policy,
    document: { ...policy.document, Statement: statementsOf(policy).flatMap((statement) => editStatement(statement) ?? []) },
  }));
}

/**
 * Minimality by deletion: drop each Allow statement (with its copies in the persona's other policies, as when one
 * stack per region set repeats the region-free grants), then each action of it, and ask whether every request the
 * persona must make is still allowed. When every request still is, the grant serves no AGC command.
 */
export function findUnusedGrants(policies: PoliciesByPersona, mustAllow: Readonly<Record<Persona, readonly EvaluationRequest[]>>): Finding[] {
  const findings: Finding[] = [];
  for (const persona of ['admin', 'user'] as const) {
    const own = policies[persona];
    const requests = mustAllow[persona];
    const allHold = (candidate: readonly NamedPolicy[]) => requests.every((request) => evaluatePolicies(candidate, request).decision === 'Allowed');
    for (const policy of own) {
      statementsOf(policy).forEach((statement, statementIndex) => {
        if (statement.Effect !== 'Allow') return;
        const where = `${policy.name} statement ${statement.Sid ?? statementIndex}`;
        const grant = grantOf(statement);
        if (allHold(withGrantEdited(own, grant, () => undefined))) {
          findings.push({ code: 'UnusedStatement', message: 'no AGC command needs this statement: removing it denies nothing', where });
          return;
        }
        const actions = statement.Action === undefined ? [] : ([] as string[]).concat(statement.Action);
        if (actions.length < 2) return;
        for (const action of actions) {
          const without = withGrantEdited(own, grant, (copy) => ({ ...copy, Action: actions.filter((a) => a !== action) }));
          if (allHold(without)) findings.push({ code: 'UnusedAction', message: `no AGC command needs ${action} here: removing it denies nothing`, where });
        }
      });
    }
  }
  return findings;
}
