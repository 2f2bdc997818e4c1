/**
 * The condition operator table. Each base operator is a *family* (how request
 * and policy values are parsed and compared) plus a `negated` flag; the
 * set-operator prefix (ForAllValues:/ForAnyValue:) and the IfExists suffix are
 * parsed off the name here and applied generically in evaluate-condition.
 *
 * Families say whether they accept policy variables. IAM substitutes variables
 * in string, ARN and Bool comparisons; numeric, date, IP and binary values are
 * taken verbatim (so "${...}" there is simply an unparsable value).
 */
import { compileWildcard } from './compile-wildcard';
import { ipInRange, parseIpAddress, parseIpRange, type IpAddress } from './ip-address';
import { parseDate } from './parse-date';
import { joinParts, type ResolvedPart } from './policy-variables';

export type ValuePredicate<T> = (value: T) => boolean;

export interface OperatorFamily<T> {
  readonly variables: boolean;
  /** undefined when the request value cannot be read as this family's type: the comparison is then false. */
  parseRequest(raw: string): T | undefined;
  /** undefined when the policy value is unparsable: it matches nothing. */
  compile(parts: readonly ResolvedPart[]): ValuePredicate<T> | undefined;
}

export interface BaseOperator {
  readonly name: string;
  readonly family: OperatorFamily<unknown> | 'null';
  readonly negated: boolean;
}

export interface ParsedOperator {
  readonly base: BaseOperator;
  readonly set: 'all' | 'any' | undefined;
  readonly ifExists: boolean;
}

const identity = (raw: string): string => raw;

function stringFamily(compare: (policy: readonly ResolvedPart[]) => ValuePredicate<string>): OperatorFamily<string> {
  return { variables: true, parseRequest: identity, compile: compare };
}

const stringEquals = stringFamily((parts) => {
  const expected = joinParts(parts);
  return (v) => v === expected;
});
const stringEqualsIgnoreCase = stringFamily((parts) => {
  const expected = joinParts(parts).toLowerCase();
  return (v) => v.toLowerCase() === expected;
});
const stringLike = stringFamily((parts) => compileWildcard(parts, 'string'));

const arnLike: OperatorFamily<string> = {
  variables: true,
  parseRequest: identity,
  // A pattern with fewer than six components simply matches nothing (compileWildcard 'arn').
  compile: (parts) => compileWildcard(parts, 'arn'),
};

const binaryEquals: OperatorFamily<string> = {
  variables: false,
  parseRequest: identity,
  compile: (parts) => {
    const expected = joinParts(parts);
    return (v) => v === expected;
  },
};

function parseBool(raw: string): boolean | undefined {
  const lower = raw.toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : undefined;
}
const bool: OperatorFamily<boolean> = {
  variables: true,
  parseRequest: parseBool,
  compile: (parts) => {
    const expected = parseBool(joinParts(parts));
    return expected === undefined ? undefined : (v) => v === expected;
  },
};

const NUMBER = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
function parseNumber(raw: string): number | undefined {
  return NUMBER.test(raw) ? Number(raw) : undefined;
}

type Comparison = (a: number, b: number) => boolean;
const COMPARISONS: Record<string, Comparison> = {
  Equals: (a, b) => a === b,
  LessThan: (a, b) => a < b,
  LessThanEquals: (a, b) => a <= b,
  GreaterThan: (a, b) => a > b,
  GreaterThanEquals: (a, b) => a >= b,
};

function orderedFamily(parse: (raw: string) => number | undefined, cmp: Comparison): OperatorFamily<number> {
  return {
    variables: false,
    parseRequest: parse,
    compile: (parts) => {
      const expected = parse(joinParts(parts));
      return expected === undefined ? undefined : (v) => cmp(v, expected);
    },
  };
}

const ipAddress: OperatorFamily<IpAddress> = {
  variables: false,
  parseRequest: parseIpAddress,
  compile: (parts) => {
    const range = parseIpRange(joinParts(parts));
    return range === undefined ? undefined : (ip) => ipInRange(ip, range);
  },
};

const BASE_OPERATORS = new Map<string, BaseOperator>();
function define(name: string, family: OperatorFamily<any> | 'null', negated = false): void {
  BASE_OPERATORS.set(name.toLowerCase(), { name, family, negated });
}

define('StringEquals', stringEquals);
define('StringNotEquals', stringEquals, true);
define('StringEqualsIgnoreCase', stringEqualsIgnoreCase);
define('StringNotEqualsIgnoreCase', stringEqualsIgnoreCase, true);
define('StringLike', stringLike);
define('StringNotLike', stringLike, true);
for (const [suffix, cmp] of Object.entries(COMPARISONS)) {
  define('Numeric' + suffix, orderedFamily(parseNumber, cmp));
  define('Date' + suffix, orderedFamily(parseDate, cmp));
}
define('NumericNotEquals', orderedFamily(parseNumber, COMPARISONS.Equals!), true);
define('DateNotEquals', orderedFamily(parseDate, COMPARISONS.Equals!), true);
define('Bool', bool);
define('BinaryEquals', binaryEquals);
define('IpAddress', ipAddress);
define('NotIpAddress', ipAddress, true);
// AWS documents ArnEquals and ArnLike with identical semantics.
define('ArnEquals', arnLike);
define('ArnLike', arnLike);
define('ArnNotEquals', arnLike, true);
define('ArnNotLike', arnLike, true);
define('Null', 'null');

const parsedCache = new Map<string, ParsedOperator | null>();

/** Parse e.g. "ForAnyValue:StringLikeIfExists"; undefined for unknown operators. */
export function parseOperator(name: string): ParsedOperator | undefined {
  const cached = parsedCache.get(name);
  if (cached !== undefined) return cached ?? undefined;
  let rest = name;
  let set: ParsedOperator['set'];
  const colon = rest.indexOf(':');
  if (colon >= 0) {
    const prefix = rest.slice(0, colon).toLowerCase();
    if (prefix === 'forallvalues') set = 'all';
    else if (prefix === 'foranyvalue') set = 'any';
    else {
      parsedCache.set(name, null);
      return undefined;
    }
    rest = rest.slice(colon + 1);
  }
  let lower = rest.toLowerCase();
  let ifExists = false;
  if (lower.endsWith('ifexists')) {
    ifExists = true;
    lower = lower.slice(0, -'ifexists'.length);
  }
  const base = BASE_OPERATORS.get(lower);
  const parsed = base === undefined ? undefined : { base, set, ifExists };
  parsedCache.set(name, parsed ?? null);
  return parsed;
}
