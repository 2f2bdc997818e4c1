/**
 * Every option, once. The same name is a flag (`--regions`), a CDK context key (`-c regions=...`) and a key of
 * `agc-permissions.json`; the README's option table and `--help` are generated from these rows.
 */
export type OptionKind = 'string' | 'list' | 'boolean' | 'tags';

export interface OptionSpec {
  readonly name: string;
  readonly kind: OptionKind;
  readonly description: string;
  readonly example: string;
  /** What applies when nobody sets it, in words. */
  readonly default: string;
}

const attachRows = (['admin', 'user'] as const).flatMap((persona) =>
  (['roles', 'users', 'groups'] as const).map(
    (kind): OptionSpec => ({
      name: `attach-${persona}-${kind}`,
      kind: 'list',
      description: `existing IAM ${kind} (names) the stack attaches the ${persona} ${persona === 'admin' ? 'policy' : 'policies'} to`,
      example: persona === 'admin' ? 'AgcAdminRole' : 'DataScientists',
      default: 'none',
    }),
  ),
);

export const OPTION_SPECS: readonly OptionSpec[] = [
  { name: 'account', kind: 'string', description: 'AWS account id that exported and verified policies name (the stack uses AWS::AccountId)', example: '123456789012', default: 'none; required by export' },
  { name: 'partition', kind: 'string', description: 'AWS partition for exported ARNs and for checking --regions (the stack uses AWS::Partition)', example: 'aws-us-gov', default: 'aws' },
  { name: 'regions', kind: 'list', description: 'only these regions are granted (in ARNs, or aws:RequestedRegion where an ARN has no region)', example: 'us-east-1,eu-west-1', default: 'every region' },
  { name: 'bucket', kind: 'string', description: 'the data bucket AGC was activated with (agc account activate --bucket)', example: 'my-genomics-data', default: "AGC's own agc-<account>-<region>" },
  { name: 'projects', kind: 'list', description: 'users may deploy, destroy and use contexts of these AGC projects only', example: 'Demo,Cancer', default: 'every project' },
  { name: 'cdk-fallback', kind: 'boolean', description: 'also grant what the CDK toolkit does with the caller\'s own credentials when it cannot assume the bootstrap roles', example: 'true', default: 'false' },
  ...attachRows,
  { name: 'create-groups', kind: 'boolean', description: 'create IAM groups AgcAdmins and AgcUsers with the policies attached', example: 'true', default: 'false' },
  { name: 'stack-name', kind: 'string', description: 'name of the CloudFormation stack', example: 'AgcPermissions-Prod', default: 'AgcPermissionsStack' },
  { name: 'policy-name-prefix', kind: 'string', description: 'give the policies explicit names: PREFIX + agc-admin-policy, agc-user-policy, agc-user-policy-cdk', example: 'acme-', default: 'names chosen by CloudFormation' },
  { name: 'tags', kind: 'tags', description: 'tags on the stack (CloudFormation passes them to the resources that take tags)', example: 'team=genomics,cost-center=42', default: 'none' },
];

export function optionSpec(name: string): OptionSpec | undefined {
  return OPTION_SPECS.find((spec) => spec.name === name);
}
