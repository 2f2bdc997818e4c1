import type { OptionKind } from './option-table';
import { UsageError } from './usage-error';

export type RawValue = string | boolean | string[] | Record<string, string>;

function bad(name: string, value: unknown, expected: string): never {
  throw new UsageError('InvalidOptionValue', `invalid value '${typeof value === 'string' ? value : JSON.stringify(value)}' for --${name}; expected ${expected}`);
}

const splitList = (text: string) => text.split(',').map((item) => item.trim()).filter((item) => item !== '');

/**
 * Brings a value from a flag, CDK context or the config file into its option's shape. Flags and context give
 * text (`a,b`, `true`, `k=v,k2=v2`); the config file may also give JSON arrays, booleans and objects.
 */
export function readRawValue(name: string, kind: OptionKind, value: unknown): RawValue {
  switch (kind) {
    case 'string':
      if (typeof value !== 'string' || value === '') bad(name, value, 'a non-empty string');
      return value;
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      return bad(name, value, 'true or false');
    case 'list':
      if (typeof value === 'string') return splitList(value);
      if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.map((item) => item.trim());
      return bad(name, value, 'a comma-separated list or a JSON array of strings');
    case 'tags':
      if (typeof value === 'string') {
        return Object.fromEntries(
          splitList(value).map((pair) => {
            const at = pair.indexOf('=');
            if (at <= 0) bad(name, pair, 'key=value pairs separated by commas');
            return [pair.slice(0, at), pair.slice(at + 1)];
          }),
        );
      }
      if (value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string')) {
        return { ...(value as Record<string, string>) };
      }
      return bad(name, value, 'key=value pairs separated by commas, or a JSON object of strings');
  }
}
