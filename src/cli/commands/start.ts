import { ensurePoliciesFit } from '../../export/ensure-policies-fit';
import { exportPolicyDocuments, exportPolicyFiles } from '../../export/export-policies';
import { writeFilesAtomically } from '../../export/write-files-atomically';
import { renderVerifyReport } from '../../report/render-verify-report';
import { synthesizeTemplate } from '../../stack/synthesize-template';
import { ownPoliciesInput } from '../../verify/own-policies-input';
import { verifyPolicies } from '../../verify/verify-policies';
import type { CommandDefinition } from '../command-line';
import { EXIT_FINDINGS, EXIT_OK } from '../report-failure';
import { resolveCommandOptions } from '../resolve-command-options';

/** The account the offline run exports for when none is configured: AWS's documentation example. */
export const EXAMPLE_ACCOUNT = '123456789012';

export const startCommand: CommandDefinition = {
  name: 'main',
  summary: `The main job, offline (npm start): synthesize the stack into --out, export the policies (for --account, else ${EXAMPLE_ACCOUNT}) and verify them.`,
  takesPolicyOptions: true,
  flags: { out: { type: 'string', description: 'directory for the template and the policies (default: out)' } },
  async run(commandLine) {
    const { options } = resolveCommandOptions(commandLine);
    const out = (commandLine.flags.out as string | undefined) ?? 'out';
    const account = options.account ?? EXAMPLE_ACCOUNT;
    ensurePoliciesFit(options);
    const documents = exportPolicyDocuments(options, account);
    const files = {
      [`${options.stackName}.template.json`]: `${JSON.stringify(synthesizeTemplate(options), null, 1)}\n`,
      ...exportPolicyFiles(documents),
    };
    const paths = writeFilesAtomically(out, files);
    process.stdout.write(`template: ${paths[0]}\n`);
    for (const path of paths.slice(1)) process.stdout.write(`policy:   ${path}${options.account ? '' : `  (example account ${EXAMPLE_ACCOUNT})`}\n`);
    const report = await verifyPolicies(ownPoliciesInput(options, account));
    process.stdout.write(`\n${renderVerifyReport(report, `the policies above, partition ${options.partition}, account ${account}`)}`);
    return report.ok ? EXIT_OK : EXIT_FINDINGS;
  },
};
