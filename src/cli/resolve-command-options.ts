import { loadConfigFile } from '../options/load-config-file';
import { resolveOptions, type ResolvedOptions } from '../options/resolve-options';
import type { ParsedCommandLine } from './command-line';

/** Options of a CLI command: its flags over the working directory's agc-permissions.json over the defaults. */
export function resolveCommandOptions(commandLine: ParsedCommandLine): ResolvedOptions {
  return resolveOptions({ flags: commandLine.optionFlags, file: loadConfigFile() });
}
