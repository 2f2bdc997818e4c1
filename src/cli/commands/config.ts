import { OPTION_SPECS } from '../../options/option-table';
import { renderTable } from '../../report/render-table';
import type { CommandDefinition } from '../command-line';
import { resolveCommandOptions } from '../resolve-command-options';

export const configCommand: CommandDefinition = {
  name: 'config',
  summary: 'The effective configuration and where each value came from (flag, agc-permissions.json, or default).',
  takesPolicyOptions: true,
  flags: { json: { type: 'boolean', description: 'print JSON instead of a table' } },
  run(commandLine) {
    const { values, origins } = resolveCommandOptions(commandLine);
    const rows = OPTION_SPECS.map((spec) => ({
      option: spec.name,
      value: values[spec.name] ?? null,
      origin: origins[spec.name],
      ...(values[spec.name] === undefined ? { default: spec.default } : {}),
    }));
    if (commandLine.flags.json) {
      process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      return 0;
    }
    const show = (value: unknown) => (Array.isArray(value) ? value.join(',') : value && typeof value === 'object' ? Object.entries(value).map(([k, v]) => `${k}=${v}`).join(',') : String(value));
    process.stdout.write(renderTable(['OPTION', 'VALUE', 'FROM'], rows.map((row) => [row.option, row.value === null ? `(${row.default})` : show(row.value), row.origin])));
    return 0;
  },
};
