/**
 * Policy variables (`${aws:username}`, `${aws:PrincipalTag/team, 'default'}`)
 * and the escapes `${*}`, `${?}`, `${$}`.
 *
 * A template is parsed once at policy-compile time; resolution happens per
 * request. Substituted values and escapes are *literal*: AWS documents that a
 * `*` coming from a variable or `${*}` is not a wildcard, so every resolved
 * piece carries a `literal` flag that the wildcard compilers honour.
 *
 * Variables are only recognised in policies with Version "2012-10-17"; the
 * AWS docs say that otherwise "variables such as ${aws:username} aren't
 * recognized as variables and are instead treated as literal strings".
 */
import type { RequestContext } from './request-context';

export type TemplatePart =
  | { readonly kind: 'pattern'; readonly text: string }
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'variable'; readonly key: string; readonly fallback: string | undefined };

export interface ResolvedPart {
  readonly text: string;
  /** true when wildcard characters in `text` must be matched literally. */
  readonly literal: boolean;
}

export interface Template {
  readonly source: string;
  readonly parts: readonly TemplatePart[];
  /** true when resolution depends on the request (there is at least one variable). */
  readonly dynamic: boolean;
}

const ESCAPES: Record<string, string> = { '*': '*', '?': '?', $: '$' };
// AWS syntax for defaults is "${key, 'value'}" — a comma and a space, then a quoted value.
const DEFAULT_SYNTAX = /^(.*?), '(.*)'$/s;

export function parseTemplate(source: string, variablesEnabled: boolean): Template {
  if (!variablesEnabled || !source.includes('${')) {
    return { source, parts: [{ kind: 'pattern', text: source }], dynamic: false };
  }
  const parts: TemplatePart[] = [];
  let dynamic = false;
  let pos = 0;
  let textStart = 0;
  while (pos < source.length) {
    const open = source.indexOf('${', pos);
    if (open < 0) break;
    const close = source.indexOf('}', open + 2);
    if (close < 0) break; // unterminated: the rest is plain text
    if (open > textStart) parts.push({ kind: 'pattern', text: source.slice(textStart, open) });
    const inner = source.slice(open + 2, close).trim();
    const escaped = ESCAPES[inner];
    if (escaped !== undefined) {
      parts.push({ kind: 'literal', text: escaped });
    } else {
      const withDefault = DEFAULT_SYNTAX.exec(inner);
      const key = (withDefault ? withDefault[1]! : inner).trim().toLowerCase();
      parts.push({ kind: 'variable', key, fallback: withDefault ? withDefault[2] : undefined });
      dynamic = true;
    }
    pos = close + 1;
    textStart = pos;
  }
  if (textStart < source.length) parts.push({ kind: 'pattern', text: source.slice(textStart) });
  return { source, parts, dynamic };
}

/**
 * Resolve a template against the request context. Returns undefined when a
 * variable has no single value (missing key without default, or a multi-valued
 * key): per AWS, such a value cannot match anything.
 */
export function resolveTemplate(template: Template, context: RequestContext): ResolvedPart[] | undefined {
  const out: ResolvedPart[] = [];
  for (const part of template.parts) {
    if (part.kind === 'pattern') out.push({ text: part.text, literal: false });
    else if (part.kind === 'literal') out.push({ text: part.text, literal: true });
    else {
      const value = context.get(part.key);
      if (typeof value === 'string') out.push({ text: value, literal: true });
      else if (value === undefined && part.fallback !== undefined) out.push({ text: part.fallback, literal: true });
      else return undefined;
    }
  }
  return out;
}

/** Static resolution for templates without variables (escapes only). */
export function resolveStatic(template: Template): ResolvedPart[] {
  return template.parts.map((p) =>
    p.kind === 'pattern' ? { text: p.text, literal: false } : { text: p.kind === 'literal' ? p.text : '', literal: true },
  );
}

export function joinParts(parts: readonly ResolvedPart[]): string {
  return parts.length === 1 ? parts[0]!.text : parts.map((p) => p.text).join('');
}
