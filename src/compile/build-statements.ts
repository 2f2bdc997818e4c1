import type { ConditionBlock, Requirement } from '../model/types';
import { fillPlaceholders } from './fill-placeholders';
import { patternCovers } from './glob-patterns';
import { nameStatement, uniqueSids } from './name-statement';
import { packStatements, type MeasureText, type StatementShape } from './pack-statements';
import { conditionsWithRegion, resourceScopeOf } from './region-condition';
import { appliesInScope, type Scope } from './scope';
import { stableStringify } from './stable-json';
import type { CompiledStatement } from './types';

/** One action on one concrete resource, for one requirement: the atom the statements are built from. */
interface Grant {
  readonly action: string;
  readonly resource: string;
  readonly pattern: string;
  readonly conditions?: ConditionBlock;
  /** The conditions as text, to group and match grants by. */
  readonly conditionsKey: string;
  readonly requirementId: string;
  readonly starReason?: string;
}

/** Collects values under a key, remembering the order keys first appeared in. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()];
}

const sorted = (values: Iterable<string>): string[] =>
  [...new Set(values)].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : 1));

/** `StringEquals` compares wildcards literally: once a placeholder becomes `*`, only the `Like` form still matches. */
function likeOperator(operator: string): string {
  return operator.replace(/(String|Arn)Equals(IfExists)?$/, '$1Like$2');
}

function fillConditions(conditions: ConditionBlock | undefined, scope: Scope): ConditionBlock | undefined {
  if (!conditions) return undefined;
  const filled: Record<string, Record<string, string[]>> = {};
  for (const [operator, keys] of Object.entries(conditions)) {
    for (const [key, values] of Object.entries(keys)) {
      const list = typeof values === 'string' ? [values] : values;
      const filledValues = sorted(list.flatMap((value) => fillPlaceholders(value, scope)));
      const wildcarded = list.some((value) => !value.includes('*') && fillPlaceholders(value, scope).some((v) => v.includes('*')));
      const target = wildcarded ? likeOperator(operator) : operator;
      filled[target] = { ...(filled[target] ?? {}), [key]: [...(filled[target]?.[key] ?? []), ...filledValues] };
    }
  }
  return filled;
}

function grantsOf(requirements: readonly Requirement[], scope: Scope): Grant[] {
  return requirements
    .filter((requirement) => appliesInScope(requirement, scope))
    .flatMap((requirement) => {
      const conditions = fillConditions(conditionsWithRegion(requirement, scope), scope);
      const conditionsKey = stableStringify(conditions ?? {});
      return fillPlaceholders(requirement.resource, resourceScopeOf(requirement, scope)).map((resource) => ({
        action: requirement.action,
        resource,
        pattern: requirement.resource,
        conditions,
        conditionsKey,
        requirementId: requirement.id,
        starReason: requirement.resource === '*' ? requirement.starReason : undefined,
      }));
    });
}

/** Drops the resources another resource of the same list already grants (`stack/Agc-*` makes `stack/Agc-Core/*` redundant). */
function withoutCoveredResources(resources: readonly string[]): string[] {
  return resources.filter((narrow) => !resources.some((wide) => wide !== narrow && patternCovers(wide, narrow)));
}

/** The grants a statement serves: its provenance, and the patterns its Sid is named after. */
function grantsServedBy(shape: StatementShape, grants: readonly Grant[]): Grant[] {
  const key = stableStringify(shape.conditions ?? {});
  const actions = new Set(shape.actions);
  const listed = new Set(shape.resources);
  return grants.filter(
    (grant) =>
      actions.has(grant.action) &&
      grant.conditionsKey === key &&
      (listed.has(grant.resource) || shape.resources.some((resource) => patternCovers(resource, grant.resource))),
  );
}

/**
 * The packer's measure of a text, the same whether partition and account are values (export) or CloudFormation
 * tokens (the stack): both must choose the same layout, or the template would group grants differently from the
 * exported policies it is checked against.
 */
function measureIgnoringSpelling(scope: Scope): MeasureText {
  return (text) => text.replaceAll(scope.partition, 'aws').replaceAll(scope.account, '123456789012').length;
}

/**
 * Requirements -> statements without granting anything extra: each action collects its resources (under the same
 * conditions), then `packStatements` regroups actions and resources only in ways that keep exactly the same
 * action-resource pairs. Unlike merging statements whose actions *and* resources differ, neither step can create a
 * pair that no requirement asked for.
 */
export function buildStatements(requirements: readonly Requirement[], scope: Scope): CompiledStatement[] {
  const grants = grantsOf(requirements, scope);
  const perAction = groupBy(grants, (grant) => `${grant.conditionsKey}|${grant.action}`).map(
    (group): StatementShape => ({
      actions: [group[0].action],
      resources: withoutCoveredResources(sorted(group.map((grant) => grant.resource))),
      conditions: group[0].conditions,
    }),
  );
  const statements = packStatements(perAction, measureIgnoringSpelling(scope)).map((shape) => {
    const served = grantsServedBy(shape, grants);
    const actions = sorted(shape.actions);
    return {
      name: nameStatement(actions, sorted(served.map((grant) => grant.pattern))[0]),
      actions,
      resources: withoutCoveredResources(sorted(shape.resources)),
      conditions: shape.conditions,
      requirementIds: sorted(served.map((grant) => grant.requirementId)),
      starReasons: sorted(served.flatMap((grant) => (grant.starReason ? [`${grant.action}: ${grant.starReason}`] : []))),
    };
  });
  statements.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.actions.join() < b.actions.join() ? -1 : 1));
  const sids = uniqueSids(statements.map((statement) => statement.name));
  return statements.map(({ name: _name, ...statement }, index) => ({ sid: sids[index], ...statement }));
}
