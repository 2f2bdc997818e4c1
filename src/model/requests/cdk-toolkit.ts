/**
 * What the CDK CLI (aws-cdk 2.128.0) does with the CALLER's own credentials when AGC shells out to it
 * (`npm run cdk -- bootstrap|deploy|destroy ...`, packages/cli/internal/pkg/aws/cdk/*.go).
 *
 * Line numbers refer to the unbundled compiled modules shipped in the npm package (lib/api/...). The executable
 * entry point (bin/cdk.js -> lib/index.js) is an esbuild bundle of exactly these modules whose lines are megabytes
 * long, so only code that exists nowhere else (cdk-assets) is cited in lib/index.js.
 *
 * Findings that shape this file:
 * - Every SDK the toolkit builds for an environment goes through SdkProvider.forEnvironment. Without a role
 *   (bootstrap) it uses the caller's credentials directly; with a role it calls sts:AssumeRole and, only if that
 *   fails and the caller is in the target account, silently falls back to the caller's credentials. The fallback
 *   is not modelled for deploy/destroy: the policy grants the AssumeRole calls, so the roles are used.
 * - The one place where the fallback is the normal path is the first `account activate`: `cdk bootstrap`
 *   synthesizes the core app before the lookup role exists. That is app-specific and modelled in
 *   commands/account.ts.
 * - AssumeRole passes only RoleArn, RoleSessionName (and an ExternalId if configured): no session tags, so no
 *   sts:TagSession.
 * - AGC's CDK apps have file assets only (BucketDeployment, s3-assets Asset, the stack templates themselves);
 *   no Docker image assets, so the image-publishing role is never assumed.
 */
import { agc, cdkCli } from '../evidence';
import type { AwsRequest } from '../types';

const SDK_PROVIDER = 'lib/api/aws-auth/sdk-provider.js';
const SDK = 'lib/api/aws-auth/sdk.js';
const TOOLKIT = 'lib/cdk-toolkit.js';
const DEPLOYMENTS = 'lib/api/deployments.js';
const DEPLOY_STACK = 'lib/api/deploy-stack.js';
const CFN_UTIL = 'lib/api/util/cloudformation.js';
const DEPLOY_BOOTSTRAP = 'lib/api/bootstrap/deploy-bootstrap.js';
const BOOTSTRAP_TEMPLATE = 'lib/api/bootstrap/bootstrap-template.yaml';
const CDK_GO = 'packages/cli/internal/pkg/aws/cdk';

/** IAM role ARN of one of the bootstrap roles of qualifier `agc` (DefaultStackSynthesizer naming). */
function bootstrapRoleArn(kind: 'deploy' | 'file-publishing' | 'lookup'): string {
  return `arn:{partition}:iam::{account}:role/cdk-agc-${kind}-role-{account}-{region}`;
}

/** The ARN pattern of a CloudFormation stack (or stack-name pattern) named `name`. */
function stackArn(name: string): string {
  return `arn:{partition}:cloudformation:{region}:{account}:stack/${name}/*`;
}

const BOOTSTRAP_STACK_ARN = stackArn('Agc-CDKToolkit');

/**
 * sts:GetCallerIdentity with the caller's credentials: the toolkit resolves the default account to hand the app
 * CDK_DEFAULT_ACCOUNT, to pick base credentials for the stack's account and to learn the partition; credentials
 * used without a role are also validated this way. (The result is cached per access key.)
 */
const toolkitGetCallerIdentity: AwsRequest = {
  action: 'sts:GetCallerIdentity',
  resource: '*',
  caller: 'cdk-toolkit',
  why: 'The CDK CLI asks STS which account the caller is in, to give the app its default account and partition.',
  starReason: 'sts:GetCallerIdentity has no resource type; it only reports on the caller.',
  evidence: [
    cdkCli('lib/api/cxapp/exec.js', 142),
    cdkCli(SDK_PROVIDER, 188),
    cdkCli(SDK_PROVIDER, 214),
    cdkCli(SDK, 136),
    cdkCli(SDK, 193),
  ],
};

/**
 * Context lookups (Vpc.fromLookup, StringParameter.valueFromLookup, availability zones of an env-bound stack) that
 * are not cached in cdk.context.json run during synthesis through the lookup role of the synthesizer.
 */
const assumeLookupRole: AwsRequest = {
  action: 'sts:AssumeRole',
  resource: bootstrapRoleArn('lookup'),
  caller: 'cdk-toolkit',
  when: { situation: 'context lookups not yet cached in cdk.context.json' },
  why: 'Synthesis resolves missing context values through the bootstrap lookup role, which the caller assumes.',
  evidence: [
    cdkCli('lib/api/cxapp/cloud-executable.js', 67),
    cdkCli('lib/context-providers/index.js', 57),
    cdkCli('lib/context-providers/vpcs.js', 15),
    cdkCli('lib/context-providers/ssm-parameters.js', 41),
    cdkCli('lib/context-providers/availability-zones.js', 19),
    cdkCli(SDK_PROVIDER, 108),
    cdkCli(SDK_PROVIDER, 257),
    cdkCli(BOOTSTRAP_TEMPLATE, 348),
    agc('packages/cdk/apps/core/cdk.json', 4),
  ],
};

/** The deploy role: every CloudFormation call of `cdk deploy` / `cdk destroy` on the app's stacks goes through it. */
const assumeDeployRole: AwsRequest = {
  action: 'sts:AssumeRole',
  resource: bootstrapRoleArn('deploy'),
  caller: 'cdk-toolkit',
  why: 'The CDK CLI assumes the bootstrap deploy role to drive CloudFormation for the app stacks.',
  evidence: [
    cdkCli(DEPLOYMENTS, 73),
    cdkCli(DEPLOYMENTS, 103),
    cdkCli(DEPLOYMENTS, 157),
    cdkCli(SDK_PROVIDER, 108),
    cdkCli(SDK_PROVIDER, 112),
    cdkCli(SDK_PROVIDER, 257),
    cdkCli(BOOTSTRAP_TEMPLATE, 528),
    agc('packages/cdk/apps/core/cdk.json', 4),
  ],
};

/** The file-publishing role: checks for and uploads file assets, including the stack template itself. */
const assumeFilePublishingRole: AwsRequest = {
  action: 'sts:AssumeRole',
  resource: bootstrapRoleArn('file-publishing'),
  caller: 'cdk-toolkit',
  why: 'The CDK CLI assumes the file-publishing role to check and upload the template and file assets to the staging bucket.',
  evidence: [
    cdkCli(TOOLKIT, 308),
    cdkCli(TOOLKIT, 169),
    cdkCli(DEPLOYMENTS, 281),
    cdkCli('lib/util/asset-publishing.js', 118),
    cdkCli('lib/index.js', 421),
    cdkCli(BOOTSTRAP_TEMPLATE, 294),
  ],
};

/** `cdk bootstrap --toolkit-stack-name Agc-CDKToolkit --qualifier agc --tags ...`: all on the caller's credentials. */
export const cdkBootstrapRequests: readonly AwsRequest[] = [
  toolkitGetCallerIdentity,
  assumeLookupRole,
  {
    action: 'cloudformation:DescribeStacks',
    resource: BOOTSTRAP_STACK_ARN,
    caller: 'cdk-toolkit',
    why: 'Reads the existing bootstrap stack (version, parameters) and polls it until the deployment settles.',
    evidence: [
      agc(`${CDK_GO}/bootstrap.go`, 16),
      cdkCli(DEPLOY_BOOTSTRAP, 33),
      cdkCli('lib/api/toolkit-info.js', 40),
      cdkCli(DEPLOY_STACK, 22),
      cdkCli(CFN_UTIL, 18),
      cdkCli(CFN_UTIL, 398),
      cdkCli(DEPLOY_STACK, 244),
    ],
  },
  {
    action: 'cloudformation:DeleteStack',
    resource: BOOTSTRAP_STACK_ARN,
    caller: 'cdk-toolkit',
    when: { situation: 'bootstrap stack left over from a failed creation' },
    why: 'Removes a bootstrap stack whose creation had failed before creating it again.',
    evidence: [cdkCli(DEPLOY_STACK, 23), cdkCli(DEPLOY_STACK, 25), cdkCli(DEPLOY_STACK, 26)],
  },
  {
    action: 'cloudformation:GetTemplate',
    resource: BOOTSTRAP_STACK_ARN,
    caller: 'cdk-toolkit',
    when: { situation: 'bootstrap stack already exists' },
    why: 'Compares the deployed bootstrap template with the new one to decide whether the update can be skipped.',
    evidence: [cdkCli(DEPLOY_STACK, 45), cdkCli(DEPLOY_STACK, 343), cdkCli(CFN_UTIL, 59)],
  },
  {
    action: 'cloudformation:DeleteChangeSet',
    resource: BOOTSTRAP_STACK_ARN,
    caller: 'cdk-toolkit',
    when: { situation: 'bootstrap stack already exists' },
    why: 'Clears a leftover CDK change set before creating a new one, and drops a change set that has no changes.',
    evidence: [cdkCli(DEPLOY_STACK, 185), cdkCli(DEPLOY_STACK, 131)],
  },
  {
    action: 'cloudformation:CreateChangeSet',
    resource: BOOTSTRAP_STACK_ARN,
    caller: 'cdk-toolkit',
    when: { situation: 'bootstrap stack missing or out of date' },
    why: 'Creates the change set that creates or updates the bootstrap stack from the built-in template.',
    evidence: [cdkCli(DEPLOY_BOOTSTRAP, 97), cdkCli(DEPLOY_BOOTSTRAP, 105), cdkCli(DEPLOY_STACK, 154)],
  },
  {
    action: 'cloudformation:TagResource',
    resource: BOOTSTRAP_STACK_ARN,
    caller: 'cdk-toolkit',
    when: { situation: 'stack tags on change set creation, if CloudFormation authorizes them separately (unsure)' },
    why: 'AGC passes stack tags (application, version, custom tags) that the change set applies to the bootstrap stack.',
    evidence: [agc(`${CDK_GO}/bootstrap.go`, 18), cdkCli('lib/cli.js', 488), cdkCli(DEPLOY_BOOTSTRAP, 104), cdkCli(DEPLOY_STACK, 271)],
  },
  {
    action: 'cloudformation:DescribeChangeSet',
    resource: BOOTSTRAP_STACK_ARN,
    caller: 'cdk-toolkit',
    when: { situation: 'bootstrap stack missing or out of date' },
    why: 'Polls the bootstrap change set until it is ready or reports no changes.',
    evidence: [cdkCli(DEPLOY_STACK, 165), cdkCli(CFN_UTIL, 163), cdkCli(CFN_UTIL, 219)],
  },
  {
    action: 'cloudformation:ExecuteChangeSet',
    resource: BOOTSTRAP_STACK_ARN,
    caller: 'cdk-toolkit',
    when: { situation: 'bootstrap change set has changes' },
    why: 'Executes the bootstrap change set, after which CloudFormation builds the bootstrap resources as the caller.',
    evidence: [cdkCli(DEPLOY_STACK, 148), cdkCli(DEPLOY_STACK, 169)],
  },
  {
    action: 'cloudformation:DescribeStackEvents',
    resource: BOOTSTRAP_STACK_ARN,
    caller: 'cdk-toolkit',
    when: { situation: 'bootstrap change set has changes' },
    why: 'Streams the bootstrap stack events to show progress while the change set executes.',
    evidence: [cdkCli(DEPLOY_STACK, 236), cdkCli('lib/api/util/cloudformation/stack-activity-monitor.js', 134)],
  },
];

/**
 * `cdk deploy --all --require-approval never --toolkit-stack-name Agc-CDKToolkit` of the app whose stacks match
 * `stack`. With --require-approval never the current template is not read through the lookup role, and every
 * CloudFormation and S3 call is made by the assumed bootstrap roles.
 */
export function cdkDeployRequests(stack: string): readonly AwsRequest[] {
  void stack; // every CloudFormation call on the stack itself goes through the deploy role, not the caller
  return [toolkitGetCallerIdentity, assumeLookupRole, assumeDeployRole, assumeFilePublishingRole];
}

/** `cdk destroy --all --force`: synthesizes the app, then deletes each stack through the deploy role. */
export function cdkDestroyRequests(stack: string): readonly AwsRequest[] {
  void stack; // DescribeStacks/DeleteStack/DescribeStackEvents on the stack are made by the deploy role
  return [toolkitGetCallerIdentity, assumeLookupRole, assumeDeployRole];
}
