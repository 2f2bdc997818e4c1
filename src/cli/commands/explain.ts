import { listRequirements } from '../../model/requirements';
import { UsageError } from '../../options/usage-error';
import { EVIDENCE_NOTE, explainPermissions } from '../../report/explain-permissions';
import { renderTable } from '../../report/render-table';
import type { CommandDefinition } from '../command-line';

export const explainCommand: CommandDefinition = {
  name: 'explain',
  summary: 'Every permission of the model with the AGC commands that need it, when, and the evidence; or only ACTION.',
  positionals: '[ACTION]',
  takesPolicyOptions: false,
  flags: { json: { type: 'boolean', description: 'print JSON instead of a table' } },
  run(commandLine) {
    const [action, ...rest] = commandLine.positionals;
    if (rest.length > 0) throw new UsageError('InvalidCommandLine', `unexpected argument '${rest[0]}' for explain; expected at most one ACTION such as s3:PutObject`);
    const permissions = explainPermissions(action);
    if (action && permissions.length === 0) {
      const known = [...new Set(listRequirements().map((r) => r.action))].sort();
      throw new UsageError('UnknownAction', `no AGC command needs action '${action}'; expected one of the ${known.length} actions of the model such as ${known.slice(0, 3).join(', ')}`);
    }
    if (commandLine.flags.json) {
      process.stdout.write(`${JSON.stringify(permissions, null, 2)}\n`);
      return 0;
    }
    const rows = permissions.flatMap((permission) =>
      permission.uses.map((use, index) => [
        index === 0 ? permission.policy : '',
        index === 0 ? permission.action : '',
        index === 0 ? permission.resource + (permission.optIn ? ` [only with --${permission.optIn}]` : '') : '',
        use.command,
        use.when,
        use.evidence.join(' '),
      ]),
    );
    process.stdout.write(renderTable(['POLICY', 'ACTION', 'RESOURCE', 'COMMAND', 'WHEN', 'EVIDENCE'], rows));
    process.stdout.write(`\n${permissions.length} permissions, ${rows.length} uses; ${EVIDENCE_NOTE}\n`);
    return 0;
  },
};
