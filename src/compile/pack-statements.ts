import type { ConditionBlock } from '../model/types';
import { stableStringify } from './stable-json';

/** What a statement grants, before it is named: every action on every resource, under one condition block. */
export interface StatementShape {
  readonly actions: readonly string[];
  readonly resources: readonly string[];
  readonly conditions?: ConditionBlock;
}

/**
 * A Sid's share of a statement's size. Sids are chosen after packing (they depend on what a statement ends up
 * holding), so the packer prices every statement with a typical one; the real size is measured after rendering.
 */
const TYPICAL_SID = 'CloudFormationOnStackAgc';

function sizeOf(shape: StatementShape): number {
  const rendered = { Sid: TYPICAL_SID, Effect: 'Allow', Action: shape.actions, Resource: shape.resources, Condition: shape.conditions };
  return JSON.stringify(rendered).length + 1;
}

/** Order does not matter here: the builder sorts what the packer returns. */
const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];
const minus = (a: readonly string[], b: readonly string[]): string[] => a.filter((value) => !b.includes(value));
const within = (a: readonly string[], b: readonly string[]): boolean => a.every((value) => b.includes(value));

/**
 * The two rewrites of a pair of statements that keep exactly the same action-resource pairs (`A×R ∪ a×r`):
 * - when `r ⊆ R`: `(A∪a)×r` and `A×(R∖r)`, so the resources of `r` are written once;
 * - when `a ⊆ A`: `a×(R∪r)` and `(A∖a)×R`, so the actions of `a` are written once.
 * Resources are compared as written, never as patterns, so no pair appears that was not there before.
 */
function rewritesOf(big: StatementShape, small: StatementShape): StatementShape[][] {
  const { conditions } = big;
  const shapes = (...candidates: StatementShape[]) => candidates.filter((shape) => shape.actions.length > 0 && shape.resources.length > 0);
  const rewrites: StatementShape[][] = [];
  if (within(small.resources, big.resources)) {
    rewrites.push(
      shapes(
        { actions: union(big.actions, small.actions), resources: small.resources, conditions },
        { actions: big.actions, resources: minus(big.resources, small.resources), conditions },
      ),
    );
  }
  if (within(small.actions, big.actions)) {
    rewrites.push(
      shapes(
        { actions: small.actions, resources: union(big.resources, small.resources), conditions },
        { actions: minus(big.actions, small.actions), resources: big.resources, conditions },
      ),
    );
  }
  return rewrites;
}

interface Move {
  readonly replaced: readonly [number, number];
  readonly by: readonly StatementShape[];
  readonly saving: number;
}

function bestMove(shapes: readonly StatementShape[]): Move | undefined {
  const conditionKeys = shapes.map((shape) => stableStringify(shape.conditions ?? {}));
  let best: Move | undefined;
  for (let i = 0; i < shapes.length; i++) {
    for (let j = 0; j < shapes.length; j++) {
      if (i === j || conditionKeys[i] !== conditionKeys[j]) continue;
      for (const by of rewritesOf(shapes[i], shapes[j])) {
        const saving = sizeOf(shapes[i]) + sizeOf(shapes[j]) - by.reduce((total, shape) => total + sizeOf(shape), 0);
        if (saving > 0 && (!best || saving > best.saving)) best = { replaced: [i, j], by, saving };
      }
    }
  }
  return best;
}

/**
 * Packs statements into fewer characters without granting anything new or anything less: each step applies the
 * rewrite that saves the most, until none saves any. Statements stay apart when their conditions differ.
 *
 * Why: with narrowed regions the admin policy lists every bootstrap role once per region, in each statement that
 * needs it. Grouping per action repeats each role ARN in up to four statements; grouping the roles with the same
 * needs repeats a few action names instead, which costs the same for one region and far less for several.
 */
export function packStatements(shapes: readonly StatementShape[]): StatementShape[] {
  let packed = [...shapes];
  for (let move = bestMove(packed); move; move = bestMove(packed)) {
    const [i, j] = move.replaced;
    packed = [...packed.filter((_, index) => index !== i && index !== j), ...move.by];
  }
  return packed;
}
