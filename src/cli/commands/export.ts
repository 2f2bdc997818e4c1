import { exportPolicyDocuments, exportPolicyFiles } from '../../export/export-policies';
import { writeFilesAtomically } from '../../export/write-files-atomically';
import { UsageError } from '../../options/usage-error';
import { ensurePoliciesFit } from '../../export/ensure-policies-fit';
import type { CommandDefinition } from '../command-line';
import { resolveCommandOptions } from '../resolve-command-options';

export const exportCommand: CommandDefinition = {
  name: 'export',
  summary: 'The three policies as plain IAM JSON with concrete ARNs, for use without CDK.',
  takesPolicyOptions: true,
  flags: { out: { type: 'string', description: 'directory for agc-admin-policy.json, agc-user-policy.json, agc-user-policy-cdk.json (default: policies)' } },
  run(commandLine) {
    const { options } = resolveCommandOptions(commandLine);
    if (!options.account) throw new UsageError('MissingAccount', 'missing --account for export; expected a 12-digit AWS account id such as 123456789012');
    ensurePoliciesFit(options);
    const files = exportPolicyFiles(exportPolicyDocuments(options, options.account));
    for (const path of writeFilesAtomically((commandLine.flags.out as string | undefined) ?? 'policies', files)) {
      process.stdout.write(`policy: ${path}\n`);
    }
    return 0;
  },
};
