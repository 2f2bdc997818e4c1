/**
 * Identity-policy evaluation for a single principal: an explicit Deny
 * overrides any Allow, an Allow overrides the implicit deny. Every statement
 * is evaluated so that all deciding statements can be reported.
 */
import { compilePolicy } from './compile-policy';
import { createRequestContext } from './request-context';
import type { Evaluation, EvaluationRequest, NamedPolicy, StatementRef } from './types';

export function evaluatePolicies(policies: readonly NamedPolicy[], request: EvaluationRequest): Evaluation {
  const context = createRequestContext(request.context);
  const action = request.action.toLowerCase();
  const resource = request.resource;
  const allowedBy: StatementRef[] = [];
  const deniedBy: StatementRef[] = [];
  for (const policy of policies) {
    for (const s of compilePolicy(policy.document)) {
      if (!s.action(action) || !s.resource(resource, context) || !s.condition(context)) continue;
      const ref: StatementRef = s.sid === undefined ? { policy: policy.name, index: s.index } : { policy: policy.name, index: s.index, sid: s.sid };
      (s.deny ? deniedBy : allowedBy).push(ref);
    }
  }
  const decision = deniedBy.length > 0 ? 'ExplicitlyDenied' : allowedBy.length > 0 ? 'Allowed' : 'ImplicitlyDenied';
  return { decision, allowedBy, deniedBy };
}
