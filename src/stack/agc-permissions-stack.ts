import { Aws, BootstraplessSynthesizer, CfnOutput, Stack, Tags } from 'aws-cdk-lib';
import { CfnGroup, CfnManagedPolicy } from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import { compilePolicies } from '../compile/compile-policies';
import { renderPolicy } from '../compile/render-policy';
import { PERSONA_OF_POLICY, POLICY_IDS, POLICY_NAMES } from '../compile/types';
import type { PolicyId } from '../model/types';
import type { PermissionsOptions } from '../options/types';
import { POLICY_DESCRIPTIONS, POLICY_OUTPUT_IDS } from './policy-descriptions';

/** Groups `--create-groups` makes, each holding its persona's policies. */
export const CREATED_GROUPS = { admin: 'AgcAdmins', user: 'AgcUsers' } as const;

/**
 * The three AGC managed policies. Deployed before AGC's first `account activate`, into accounts that were never
 * CDK-bootstrapped: so no bootstrap version rule, no assets, and partition and account come from pseudo
 * parameters, letting one template serve any account.
 */
export class AgcPermissionsStack extends Stack {
  readonly policies: Readonly<Record<PolicyId, CfnManagedPolicy>>;

  constructor(scope: Construct, options: PermissionsOptions) {
    super(scope, options.stackName, {
      synthesizer: new BootstraplessSynthesizer(),
      analyticsReporting: false,
      description: 'Least-privilege IAM managed policies for the Amazon Genomics CLI (agc-permissions)',
    });
    const compiled = compilePolicies({ partition: Aws.PARTITION, account: Aws.ACCOUNT_ID, ...options.scope });
    const policies = {} as Record<PolicyId, CfnManagedPolicy>;
    for (const id of POLICY_IDS) {
      const attach = options.attach[PERSONA_OF_POLICY[id]];
      // L1 on purpose: the document is deployed exactly as compiled and verified, with no re-merging by the L2.
      policies[id] = new CfnManagedPolicy(this, POLICY_NAMES[id], {
        description: POLICY_DESCRIPTIONS[id],
        managedPolicyName: options.policyNamePrefix ? `${options.policyNamePrefix}${POLICY_NAMES[id]}` : undefined,
        policyDocument: renderPolicy(compiled[id]),
        roles: nonEmpty(attach.roles),
        users: nonEmpty(attach.users),
        groups: nonEmpty(attach.groups),
      });
      new CfnOutput(this, POLICY_OUTPUT_IDS[id], { value: policies[id].ref, description: `ARN of ${POLICY_NAMES[id]}` });
    }
    this.policies = policies;
    if (options.createGroups) this.createGroups();
    for (const [key, value] of Object.entries(options.tags)) Tags.of(this).add(key, value);
  }

  private createGroups(): void {
    for (const persona of ['admin', 'user'] as const) {
      const ids = POLICY_IDS.filter((id) => PERSONA_OF_POLICY[id] === persona);
      new CfnGroup(this, CREATED_GROUPS[persona], {
        groupName: CREATED_GROUPS[persona],
        managedPolicyArns: ids.map((id) => this.policies[id].ref),
      });
    }
  }
}

function nonEmpty(names: readonly string[]): string[] | undefined {
  return names.length > 0 ? [...names] : undefined;
}
