/**
 * Turns a policy document into compiled statements, cached per document
 * object (policies are treated as immutable once evaluated) so repeated
 * evaluations pay only for matching, never for parsing.
 */
import { compileCondition, type ConditionPredicate } from './evaluate-condition';
import { compileActionMatcher, type ActionMatcher } from './match-action';
import { compileResourceElement } from './match-arn';
import type { RequestContext } from './request-context';
import type { PolicyDocument, PolicyStatement } from './types';

export interface CompiledStatement {
  readonly index: number;
  readonly sid: string | undefined;
  readonly deny: boolean;
  readonly action: ActionMatcher;
  readonly resource: (resource: string, context: RequestContext) => boolean;
  readonly condition: ConditionPredicate;
}

const cache = new WeakMap<PolicyDocument, readonly CompiledStatement[]>();
const NEVER = (): boolean => false;

function list(value: string | string[] | undefined): string[] | undefined {
  return value === undefined ? undefined : Array.isArray(value) ? value : [value];
}

function compileStatement(statement: PolicyStatement, index: number, variablesEnabled: boolean): CompiledStatement {
  const actions = list(statement.Action);
  const notActions = list(statement.NotAction);
  const resources = list(statement.Resource);
  const notResources = list(statement.NotResource);
  let action: ActionMatcher = NEVER;
  if (actions !== undefined) action = compileActionMatcher(actions);
  else if (notActions !== undefined) {
    const excluded = compileActionMatcher(notActions);
    action = (a) => !excluded(a);
  }
  // A statement with neither Resource nor NotResource is invalid in an identity policy and never applies.
  let resource: CompiledStatement['resource'] = NEVER;
  if (resources !== undefined) resource = compileResourceElement(resources, false, variablesEnabled);
  else if (notResources !== undefined) resource = compileResourceElement(notResources, true, variablesEnabled);
  return {
    index,
    sid: statement.Sid,
    deny: statement.Effect === 'Deny',
    action,
    resource,
    condition: compileCondition(statement.Condition, variablesEnabled),
  };
}

export function compilePolicy(document: PolicyDocument): readonly CompiledStatement[] {
  let compiled = cache.get(document);
  if (compiled === undefined) {
    const statements = Array.isArray(document.Statement) ? document.Statement : [document.Statement];
    const variablesEnabled = document.Version === '2012-10-17';
    compiled = statements.map((s, i) => compileStatement(s, i, variablesEnabled));
    cache.set(document, compiled);
  }
  return compiled;
}
