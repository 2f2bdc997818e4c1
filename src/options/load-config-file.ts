import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './usage-error';

export const CONFIG_FILE_NAME = 'agc-permissions.json';

/** The config file of the working directory, if there is one: a JSON object of option names to values. */
export function loadConfigFile(directory: string = process.cwd()): { path: string; values: Record<string, unknown> } | undefined {
  const path = join(directory, CONFIG_FILE_NAME);
  if (!existsSync(path)) return undefined;
  let values: unknown;
  try {
    values = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError('InvalidConfigFile', `cannot read ${CONFIG_FILE_NAME}: ${(error as Error).message}; expected a JSON object of option names to values`);
  }
  if (!values || typeof values !== 'object' || Array.isArray(values)) {
    throw new UsageError('InvalidConfigFile', `${CONFIG_FILE_NAME} holds ${Array.isArray(values) ? 'an array' : typeof values}; expected a JSON object of option names to values`);
  }
  return { path: CONFIG_FILE_NAME, values: values as Record<string, unknown> };
}
