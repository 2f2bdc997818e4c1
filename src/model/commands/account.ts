/**
 * `agc account activate` and `agc account deactivate`, the administrator's commands.
 *
 * activate: (optionally) STS for the default bucket name, HeadBucket on the data bucket, then `cdk bootstrap` of
 * Agc-CDKToolkit and `cdk deploy` of the core app Agc-Core, both run in ~/.agc/cdk/apps/core.
 * deactivate: no CDK at all. AGC lists the `Agc-*` stacks tagged application=agc, deletes every stack but the
 * bootstrap stack with a plain DeleteStack (CloudFormation then uses the cfn-exec role recorded on those stacks),
 * deletes Agc-CDKToolkit last (no role: CloudFormation works as the caller), and finally empties and deletes the
 * retained staging bucket `cdk-agc-assets-{account}-{region}`.
 */
import { agc, cdkCli } from '../evidence';
import { bootstrapStackCreateUpdateRequests, bootstrapStackDeleteRequests } from '../requests/bootstrap-stack';
import { cdkBootstrapRequests, cdkDeployRequests } from '../requests/cdk-toolkit';
import { cfnListStacks, stsGetCallerIdentity } from '../requests/agc-common';
import type { AwsRequest, CommandRequirements } from '../types';

const CLI = 'packages/cli/internal/pkg/cli';
const ACTIVATE = `${CLI}/account_activate.go`;
const DEACTIVATE = `${CLI}/account_deactivate.go`;
const S3 = 'packages/cli/internal/pkg/aws/s3';
const CFN = 'packages/cli/internal/pkg/aws/cfn';
const CORE_STACK = 'packages/cdk/lib/stacks/core-stack.ts';
const SDK_PROVIDER = 'lib/api/aws-auth/sdk-provider.js';
const VPCS = 'lib/context-providers/vpcs.js';

function stackArn(name: string): string {
  return `arn:{partition}:cloudformation:{region}:{account}:stack/${name}/*`;
}

const STAGING_BUCKET_ARN = 'arn:{partition}:s3:::cdk-agc-assets-{account}-{region}';

/** Keeps the first occurrence of each request: `cdk bootstrap` and `cdk deploy` share the toolkit's STS calls. */
function distinct(requests: readonly AwsRequest[]): readonly AwsRequest[] {
  return requests.filter((request, index) => requests.indexOf(request) === index);
}

/**
 * Why the caller's own credentials make the core app's lookups on a first activation: `cdk bootstrap` synthesizes
 * the app (with AGC's -c arguments) before the bootstrap stack, and so the lookup role, exists; AssumeRole fails and
 * the toolkit falls back to the caller's credentials because they are for the right account.
 */
const FIRST_SYNTH_FALLBACK = [
  agc('packages/cli/internal/pkg/aws/cdk/bootstrap.go', 43),
  cdkCli('lib/cdk-toolkit.js', 577),
  cdkCli('lib/api/cxapp/cloud-executable.js', 67),
  cdkCli(SDK_PROVIDER, 123),
  cdkCli(SDK_PROVIDER, 127),
] as const;

/** ec2 describe calls of Vpc.fromLookup for `--vpc`, run as the caller on a first activation. */
function vpcLookup(action: string, line: number, why: string): AwsRequest {
  return {
    action,
    resource: '*',
    caller: 'cdk-toolkit',
    when: { situation: 'first activation with --vpc (lookup role not created yet)' },
    why,
    starReason: `${action} supports no resource-level permission.`,
    evidence: [agc(ACTIVATE, 145), agc(CORE_STACK, 182), ...FIRST_SYNTH_FALLBACK, cdkCli(VPCS, 15), cdkCli(VPCS, line)],
  };
}

export const accountActivate: CommandRequirements = {
  command: 'account activate',
  requests: distinct([
    {
      ...stsGetCallerIdentity,
      when: { situation: 'no --bucket given' },
      evidence: [...stsGetCallerIdentity.evidence, agc(ACTIVATE, 107), agc(ACTIVATE, 116)],
    },
    {
      action: 's3:ListBucket',
      resource: 'arn:{partition}:s3:::{bucket}',
      caller: 'agc',
      why: 'Checks with HeadBucket whether the data bucket already exists, so the core app knows whether to create it.',
      evidence: [agc(ACTIVATE, 123), agc(ACTIVATE, 131), agc(`${S3}/bucket_exists.go`, 14)],
    },
    ...cdkBootstrapRequests,
    {
      action: 'ec2:DescribeAvailabilityZones',
      resource: '*',
      caller: 'cdk-toolkit',
      when: { situation: 'first activation without --vpc (lookup role not created yet)' },
      why: 'The new core VPC asks for the zones of the account-bound stack, looked up as the caller on the first synth.',
      starReason: 'ec2:DescribeAvailabilityZones supports no resource-level permission.',
      evidence: [
        agc('packages/cdk/apps/core/app.ts', 12),
        agc(CORE_STACK, 194),
        ...FIRST_SYNTH_FALLBACK,
        cdkCli('lib/context-providers/availability-zones.js', 19),
        cdkCli('lib/context-providers/availability-zones.js', 20),
      ],
    },
    vpcLookup('ec2:DescribeVpcs', 23, 'Looks up the VPC given with --vpc while synthesizing the core app.'),
    vpcLookup('ec2:DescribeSubnets', 37, 'Lists the subnets of the --vpc VPC to sort them into public and private.'),
    vpcLookup('ec2:DescribeRouteTables', 39, 'Reads the route tables of the --vpc VPC to classify its subnets.'),
    vpcLookup('ec2:DescribeVpnGateways', 104, 'Looks for a VPN gateway attached to the --vpc VPC.'),
    ...bootstrapStackCreateUpdateRequests,
    ...cdkDeployRequests('Agc-Core'),
  ]),
};

export const accountDeactivate: CommandRequirements = {
  command: 'account deactivate',
  requests: [
    { ...cfnListStacks, evidence: [...cfnListStacks.evidence, agc(DEACTIVATE, 144)] },
    {
      action: 'cloudformation:DescribeStacks',
      resource: stackArn('Agc-*'),
      caller: 'agc',
      why: 'Reads the tags of every Agc- stack to keep only AGC ones, then polls each deleted stack until it is gone.',
      evidence: [
        agc(DEACTIVATE, 151),
        agc(`${CFN}/get_stack_tags.go`, 4),
        agc(`${CFN}/get_stack_info.go`, 25),
        agc(`${CFN}/delete_stack.go`, 41),
        agc(`${CFN}/get_stack_status.go`, 9),
      ],
    },
    {
      action: 'cloudformation:DeleteStack',
      resource: stackArn('Agc-Core'),
      caller: 'agc',
      why: 'Deletes the core stack; CloudFormation removes its resources with the execution role recorded on the stack.',
      evidence: [agc(DEACTIVATE, 83), agc(`${CFN}/delete_stack.go`, 23)],
    },
    {
      action: 'cloudformation:DeleteStack',
      resource: stackArn('Agc-Context-*'),
      caller: 'agc',
      when: { flag: '--force' },
      why: 'With --force, also deletes every deployed context stack of every project and user.',
      evidence: [agc(DEACTIVATE, 65), agc(DEACTIVATE, 83), agc(`${CFN}/delete_stack.go`, 23)],
    },
    {
      action: 'cloudformation:DeleteStack',
      resource: stackArn('Agc-CDKToolkit'),
      caller: 'agc',
      why: 'Deletes the bootstrap stack last; it has no execution role, so CloudFormation deletes it as the caller.',
      evidence: [agc(DEACTIVATE, 100), agc(DEACTIVATE, 102), agc(`${CFN}/delete_stack.go`, 23)],
    },
    ...bootstrapStackDeleteRequests,
    { ...stsGetCallerIdentity, evidence: [...stsGetCallerIdentity.evidence, agc(DEACTIVATE, 121)] },
    {
      action: 's3:ListBucket',
      resource: STAGING_BUCKET_ARN,
      caller: 'agc',
      why: 'Checks that the retained CDK staging bucket still exists and lists its current objects to delete them.',
      evidence: [agc(DEACTIVATE, 127), agc(`${S3}/bucket_exists.go`, 14), agc(`${S3}/empty_bucket.go`, 27), agc(`${S3}/empty_bucket.go`, 29)],
    },
    {
      action: 's3:DeleteObject',
      resource: `${STAGING_BUCKET_ARN}/*`,
      caller: 'agc',
      why: 'Deletes each current object of the staging bucket, leaving delete markers in the versioned bucket.',
      evidence: [agc(DEACTIVATE, 132), agc(`${S3}/empty_bucket.go`, 36), agc(`${S3}/delete_object.go`, 12)],
    },
    {
      action: 's3:ListBucketVersions',
      resource: STAGING_BUCKET_ARN,
      caller: 'agc',
      why: 'Lists every object version and delete marker of the staging bucket, page by page.',
      evidence: [agc(`${S3}/empty_bucket.go`, 17), agc(`${S3}/empty_bucket.go`, 48)],
    },
    {
      action: 's3:DeleteObjectVersion',
      resource: `${STAGING_BUCKET_ARN}/*`,
      caller: 'agc',
      why: 'Permanently deletes each object version and delete marker so the staging bucket becomes empty.',
      evidence: [agc(`${S3}/empty_bucket.go`, 54), agc(`${S3}/empty_bucket.go`, 60), agc(`${S3}/delete_object.go`, 25)],
    },
    {
      action: 's3:DeleteBucket',
      resource: STAGING_BUCKET_ARN,
      caller: 'agc',
      why: 'Deletes the emptied staging bucket that the bootstrap stack retains on deletion.',
      evidence: [agc(DEACTIVATE, 135), agc(`${S3}/delete_bucket.go`, 12), cdkCli('lib/api/bootstrap/bootstrap-template.yaml', 216)],
    },
  ],
};
