/**
 * Compiles a statement's Condition element into one predicate over the request
 * context. Semantics (AWS "Condition operators" and "multivalued context keys"):
 *
 * - all operator blocks are ANDed, all keys inside a block are ANDed;
 * - the values of one key are ORed for positive operators; for negated
 *   operators (StringNotEquals, NotIpAddress, ...) the request value must match
 *   *none* of them;
 * - a missing key: ForAllValues → true, ForAnyValue → false, ...IfExists → true,
 *   negated operators → true, everything else → false;
 * - ForAllValues: every request value satisfies the test (true for an empty
 *   set); ForAnyValue: at least one does. Without a set operator a multi-valued
 *   (array) context value never matches;
 * - Null ignores set operators and IfExists: "true" means the key is absent,
 *   "false" that it is present;
 * - a policy value that cannot be resolved (missing policy variable) or parsed
 *   matches nothing, and for negated operators it makes the test false too: a
 *   comparison that cannot be made is never taken as a mismatch.
 */
import { parseOperator, type OperatorFamily, type ParsedOperator, type ValuePredicate } from './condition-operators';
import { parseTemplate, resolveStatic, resolveTemplate, type Template } from './policy-variables';
import type { PolicyStatement } from './types';
import type { RequestContext } from './request-context';

export type ConditionPredicate = (context: RequestContext) => boolean;
type RawValue = string | boolean | number;

const ALWAYS: ConditionPredicate = () => true;
const NEVER: ConditionPredicate = () => false;

function toStrings(values: RawValue | readonly RawValue[]): string[] {
  return (Array.isArray(values) ? values : [values]).map((v) => String(v));
}

function compileNull(key: string, values: string[]): ConditionPredicate {
  const wantAbsent = values.map((v) => v.toLowerCase());
  return (context) => {
    const present = context.get(key) !== undefined;
    for (const v of wantAbsent) {
      if (v === 'true' ? !present : v === 'false' ? present : false) return true;
    }
    return false;
  };
}

function compileKey(op: ParsedOperator, key: string, values: string[], variablesEnabled: boolean): ConditionPredicate {
  if (op.base.family === 'null') return compileNull(key, values);
  const family = op.base.family as OperatorFamily<unknown>;
  const negated = op.base.negated;
  const useVariables = variablesEnabled && family.variables;
  const templates: Template[] = values.map((v) => parseTemplate(v, useVariables));
  const staticPredicates = templates.every((t) => !t.dynamic)
    ? templates.map((t) => family.compile(resolveStatic(t)))
    : undefined;

  const predicatesFor = (context: RequestContext): (ValuePredicate<unknown> | undefined)[] => {
    if (staticPredicates !== undefined) return staticPredicates;
    const out: (ValuePredicate<unknown> | undefined)[] = [];
    for (const t of templates) {
      const parts = t.dynamic ? resolveTemplate(t, context) : resolveStatic(t);
      out.push(parts === undefined ? undefined : family.compile(parts));
    }
    return out;
  };

  const test = (raw: string, predicates: (ValuePredicate<unknown> | undefined)[]): boolean => {
    const value = family.parseRequest(raw);
    if (value === undefined) return false;
    if (negated) {
      for (const p of predicates) if (p === undefined || p(value)) return false;
      return true;
    }
    for (const p of predicates) if (p !== undefined && p(value)) return true;
    return false;
  };

  const missing = op.set === 'all' ? true : op.set === 'any' ? false : op.ifExists || negated;
  const set = op.set;
  return (context) => {
    const raw = context.get(key);
    if (raw === undefined) return missing;
    const predicates = predicatesFor(context);
    if (set === undefined) return typeof raw === 'string' && test(raw, predicates);
    const list: readonly string[] = typeof raw === 'string' ? [raw] : raw;
    if (set === 'all') {
      for (const r of list) if (!test(r, predicates)) return false;
      return true;
    }
    for (const r of list) if (test(r, predicates)) return true;
    return false;
  };
}

export function compileCondition(condition: PolicyStatement['Condition'], variablesEnabled: boolean): ConditionPredicate {
  if (condition === undefined || condition === null) return ALWAYS;
  const predicates: ConditionPredicate[] = [];
  for (const [operatorName, block] of Object.entries(condition)) {
    const op = parseOperator(operatorName);
    // Unknown operators are rejected by IAM at policy-write time; here they simply never match.
    if (op === undefined) return NEVER;
    for (const [key, values] of Object.entries(block ?? {})) {
      predicates.push(compileKey(op, key.toLowerCase(), toStrings(values), variablesEnabled));
    }
  }
  if (predicates.length === 0) return ALWAYS;
  if (predicates.length === 1) return predicates[0]!;
  return (context) => {
    for (const p of predicates) if (!p(context)) return false;
    return true;
  };
}
