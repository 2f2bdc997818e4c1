import type { Persona } from '../model/types';
import { OPTION_SPECS, optionSpec } from './option-table';
import { readRawValue, type RawValue } from './read-raw-value';
import { DEFAULT_OPTIONS, type PermissionsOptions, type Principals } from './types';
import { UsageError } from './usage-error';
import {
  validateAccount,
  validateBucket,
  validatePartition,
  validatePolicyNamePrefix,
  validatePrincipalNames,
  validateProjects,
  validateRegions,
  validateStackName,
  validateTags,
} from './validate-values';

export type OptionOrigin = 'flag' | 'context' | 'file' | 'default';

/** Where option values come from, highest precedence first. Keys are option names (`regions`, `cdk-fallback`). */
export interface OptionInputs {
  readonly flags?: Readonly<Record<string, unknown>>;
  /** CDK context; keys that are not ours (feature flags and the like) are left alone. */
  readonly context?: Readonly<Record<string, unknown>>;
  readonly file?: { readonly path: string; readonly values: Readonly<Record<string, unknown>> };
}

export interface ResolvedOptions {
  readonly options: PermissionsOptions;
  readonly origins: Readonly<Record<string, OptionOrigin>>;
  readonly values: Readonly<Record<string, RawValue>>;
}

function pickValues(inputs: OptionInputs): { values: Record<string, RawValue>; origins: Record<string, OptionOrigin> } {
  for (const key of Object.keys(inputs.file?.values ?? {})) {
    if (!optionSpec(key)) {
      throw new UsageError('UnknownConfigKey', `unknown key '${key}' in ${inputs.file?.path}; expected one of ${OPTION_SPECS.map((s) => s.name).join(', ')}`);
    }
  }
  const values: Record<string, RawValue> = {};
  const origins: Record<string, OptionOrigin> = {};
  const layers: [OptionOrigin, Readonly<Record<string, unknown>> | undefined][] = [
    ['flag', inputs.flags],
    ['context', inputs.context],
    ['file', inputs.file?.values],
  ];
  for (const spec of OPTION_SPECS) {
    const layer = layers.find(([, source]) => source?.[spec.name] !== undefined);
    origins[spec.name] = layer ? layer[0] : 'default';
    if (layer) values[spec.name] = readRawValue(spec.name, spec.kind, layer[1]![spec.name]);
  }
  return { values, origins };
}

/**
 * Flag > CDK context > config file > default, then every value checked before anything is compiled or written.
 * Partition is settled first, since the regions are checked against it.
 */
export function resolveOptions(inputs: OptionInputs): ResolvedOptions {
  const { values, origins } = pickValues(inputs);
  const text = (name: string) => values[name] as string | undefined;
  const list = (name: string) => values[name] as string[] | undefined;
  const flag = (name: string) => (values[name] as boolean | undefined) ?? false;

  const partition = validatePartition('partition', text('partition') ?? DEFAULT_OPTIONS.partition);
  const regions = list('regions');
  const projects = list('projects');
  const principals = (persona: Persona): Principals => ({
    roles: validatePrincipalNames(`attach-${persona}-roles`, list(`attach-${persona}-roles`) ?? [], 'role'),
    users: validatePrincipalNames(`attach-${persona}-users`, list(`attach-${persona}-users`) ?? [], 'user'),
    groups: validatePrincipalNames(`attach-${persona}-groups`, list(`attach-${persona}-groups`) ?? [], 'group'),
  });
  const requireNonEmpty = (name: string, items: string[] | undefined) => {
    if (items && items.length === 0) throw new UsageError('EmptyList', `empty list for --${name}; expected at least one value, or leave it out`);
    return items;
  };
  const options: PermissionsOptions = {
    account: text('account') === undefined ? undefined : validateAccount('account', text('account')!),
    partition,
    scope: {
      regions: requireNonEmpty('regions', regions) ? validateRegions('regions', regions!, partition) : '*',
      projects: requireNonEmpty('projects', projects) ? validateProjects('projects', projects!) : '*',
      bucket: text('bucket') === undefined ? undefined : validateBucket('bucket', text('bucket')!),
      optIns: flag('cdk-fallback') ? ['cdk-fallback'] : [],
    },
    attach: { admin: principals('admin'), user: principals('user') },
    createGroups: flag('create-groups'),
    stackName: validateStackName('stack-name', text('stack-name') ?? DEFAULT_OPTIONS.stackName),
    policyNamePrefix: text('policy-name-prefix') === undefined ? undefined : validatePolicyNamePrefix('policy-name-prefix', text('policy-name-prefix')!),
    tags: validateTags('tags', (values.tags as Record<string, string> | undefined) ?? {}),
  };
  return { options, origins, values };
}
