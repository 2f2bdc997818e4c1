import { scopeFor } from '../../compile/scope';
import { listRequirements } from '../../model/requirements';
import { UsageError } from '../../options/usage-error';
import { renderVerifyReport } from '../../report/render-verify-report';
import { loadNamedPolicyFiles, loadPolicyDirectory } from '../../verify/load-policy-files';
import { ownPoliciesInput } from '../../verify/own-policies-input';
import { verifyPolicies, type VerifyInput } from '../../verify/verify-policies';
import type { CommandDefinition, ParsedCommandLine } from '../command-line';
import { EXIT_FINDINGS, EXIT_OK } from '../report-failure';
import { resolveCommandOptions } from '../resolve-command-options';
import { EXAMPLE_ACCOUNT } from './start';

const list = (value: unknown): string[] => (Array.isArray(value) ? value.flatMap((item: string) => item.split(',')).filter(Boolean) : []);

/** Our own policies by default; `--policies DIR` or `--admin/--user FILE` judge documents from elsewhere. */
function verifyInputOf(commandLine: ParsedCommandLine): { input: VerifyInput; title: string } {
  const { options } = resolveCommandOptions(commandLine);
  const directory = commandLine.flags.policies as string | undefined;
  const admin = list(commandLine.flags.admin);
  const user = list(commandLine.flags.user);
  if (!directory && admin.length === 0 && user.length === 0) {
    const account = options.account ?? EXAMPLE_ACCOUNT;
    return { input: ownPoliciesInput(options, account), title: `agc-permissions' own policies, partition ${options.partition}, account ${account}` };
  }
  if (directory && (admin.length > 0 || user.length > 0)) {
    throw new UsageError('InvalidCommandLine', 'both --policies and --admin/--user given to verify; expected one way of naming the policy files');
  }
  if (!options.account) throw new UsageError('MissingAccount', 'missing --account for verify of policy files; expected the 12-digit AWS account id the policies are used in');
  const policies = directory ? loadPolicyDirectory(directory) : loadNamedPolicyFiles(admin, user);
  const names = [...policies.admin, ...policies.user].map((policy) => policy.name).join(', ');
  return {
    input: { policies, scope: scopeFor(options.partition, options.account, options.scope), requirements: listRequirements() },
    title: `${names}, partition ${options.partition}, account ${options.account}`,
  };
}

export const verifyCommand: CommandDefinition = {
  name: 'verify',
  summary: 'Prove offline that every AGC command is allowed and every must-deny probe denied; exit 0 only when all holds.',
  takesPolicyOptions: true,
  flags: {
    policies: { type: 'string', description: 'judge the policy files in DIR (agc-admin-policy*.json, agc-user-policy*.json)' },
    admin: { type: 'string', multiple: true, description: "policy files of the administrator's" },
    user: { type: 'string', multiple: true, description: "policy files of the users'" },
    json: { type: 'boolean', description: 'print the report as JSON' },
  },
  async run(commandLine) {
    const { input, title } = verifyInputOf(commandLine);
    const report = await verifyPolicies(input);
    process.stdout.write(commandLine.flags.json ? `${JSON.stringify(report, null, 2)}\n` : renderVerifyReport(report, title));
    return report.ok ? EXIT_OK : EXIT_FINDINGS;
  },
};
