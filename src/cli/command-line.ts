import { parseArgs } from 'node:util';
import { OPTION_SPECS } from '../options/option-table';
import { UsageError } from '../options/usage-error';

/** A flag of one command that is not a policy option (`--out`, `--json`, ...). */
export interface CommandFlag {
  readonly type: 'string' | 'boolean';
  readonly multiple?: boolean;
  readonly description: string;
}

export interface ParsedCommandLine {
  /** Values of the policy options given as flags, by option name. */
  readonly optionFlags: Record<string, string | boolean>;
  readonly flags: Record<string, string | boolean | string[] | undefined>;
  readonly positionals: string[];
  readonly debug: boolean;
}

export interface CommandDefinition {
  readonly name: string;
  readonly summary: string;
  /** Arguments after the flags, as shown in the usage line (`[ACTION]`); absent when the command takes none. */
  readonly positionals?: string;
  /** Whether the policy options (OPTION_SPECS) apply to this command. */
  readonly takesPolicyOptions: boolean;
  readonly flags: Readonly<Record<string, CommandFlag>>;
  run(commandLine: ParsedCommandLine): Promise<number> | number;
}

const COMMON_FLAGS: Readonly<Record<string, CommandFlag>> = {
  help: { type: 'boolean', description: 'show this help' },
  debug: { type: 'boolean', description: 'show the stack trace of an internal error' },
};

function flagsOf(command: CommandDefinition): Record<string, CommandFlag> {
  const policyFlags = command.takesPolicyOptions
    ? Object.fromEntries(OPTION_SPECS.map((spec): [string, CommandFlag] => [spec.name, { type: spec.kind === 'boolean' ? 'boolean' : 'string', description: spec.description }]))
    : {};
  return { ...policyFlags, ...command.flags, ...COMMON_FLAGS };
}

export function helpText(command: CommandDefinition): string {
  const lines = [`usage: agc-permissions ${command.name} [flags]${command.positionals ? ` ${command.positionals}` : ''}`, '', command.summary, '', 'flags:'];
  for (const [name, flag] of Object.entries(flagsOf(command))) {
    const value = flag.type === 'string' ? ' VALUE' : '';
    lines.push(`  --${name}${value}${flag.multiple ? ' (repeatable)' : ''}`.padEnd(34) + flag.description);
  }
  return `${lines.join('\n')}\n`;
}

/** Node's own parser, strict: an unknown flag or a missing value is a one-line usage error. */
export function parseCommandLine(command: CommandDefinition, args: readonly string[]): ParsedCommandLine & { help: boolean } {
  const flags = flagsOf(command);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: Object.fromEntries(Object.entries(flags).map(([name, flag]) => [name, { type: flag.type, multiple: flag.multiple === true }])),
      strict: true,
      allowPositionals: command.positionals !== undefined,
    });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0].replace(/\. To specify.*$/, '');
    throw new UsageError('InvalidCommandLine', `${message} (agc-permissions ${command.name}); expected one of ${Object.keys(flags).map((f) => `--${f}`).join(' ')}`);
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  const optionFlags: Record<string, string | boolean> = {};
  if (command.takesPolicyOptions) {
    for (const spec of OPTION_SPECS) {
      const value = values[spec.name];
      if (value !== undefined) optionFlags[spec.name] = value as string | boolean;
    }
  }
  return { optionFlags, flags: values, positionals: parsed.positionals, debug: values.debug === true, help: values.help === true };
}
