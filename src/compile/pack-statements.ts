import type { ConditionBlock } from '../model/types';
import { stableStringify } from './stable-json';

/** What a statement grants, before it is named: every action on every resource, under one condition block. */
export interface StatementShape {
  readonly actions: readonly string[];
  readonly resources: readonly string[];
  readonly conditions?: ConditionBlock;
}

/** How many characters a string counts for; the builder's measure ignores how partition and account are spelled. */
export type MeasureText = (text: string) => number;

/**
 * What every statement costs besides its lists. Sids are chosen after packing (they depend on what a statement ends
 * up holding), so the packer prices every statement with a typical one; the real size is measured after rendering.
 */
const STATEMENT_OVERHEAD = JSON.stringify({ Sid: 'CloudFormationOnStackAgc', Effect: 'Allow', Action: [], Resource: [] }).length + 1;

function sizeOf(shape: StatementShape, measure: MeasureText): number {
  // Each list element costs its text, two quotes and a comma.
  const list = (values: readonly string[]) => values.reduce((total, value) => total + measure(value) + 3, 0);
  const conditions = shape.conditions ? measure(JSON.stringify(shape.conditions)) + ',"Condition":'.length : 0;
  return STATEMENT_OVERHEAD + list(shape.actions) + list(shape.resources) + conditions;
}

/** Order does not matter here: the builder sorts what the packer returns. */
const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];
const minus = (a: readonly string[], b: readonly string[]): string[] => {
  const excluded = new Set(b);
  return a.filter((value) => !excluded.has(value));
};
const within = (a: readonly string[], b: readonly string[]): boolean => {
  const container = new Set(b);
  return a.every((value) => container.has(value));
};

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

function bestMove(shapes: readonly StatementShape[], sizeOf: (shape: StatementShape) => number): Move | undefined {
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
export function packStatements(shapes: readonly StatementShape[], measure: MeasureText = (text) => text.length): StatementShape[] {
  // Every step prices the same shapes again; many regions make long lists, so each shape is measured once.
  const sizes = new WeakMap<StatementShape, number>();
  const measured = (shape: StatementShape) => sizes.get(shape) ?? sizes.set(shape, sizeOf(shape, measure)).get(shape)!;
  let packed = [...shapes];
  for (let move = bestMove(packed, measured); move; move = bestMove(packed, measured)) {
    const [i, j] = move.replaced;
    packed = [...packed.filter((_, index) => index !== i && index !== j), ...move.by];
  }
  return packed;
}
