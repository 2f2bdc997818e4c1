/**
 * What the CDK CLI does with the caller's own credentials when it cannot assume the bootstrap roles: in 2.128.0 a
 * failed AssumeRole falls back to the caller's credentials when they are for the right account
 * (lib/api/aws-auth/sdk-provider.js:123). Organisations whose users cannot assume the `cdk-agc-*` roles (a
 * permission boundary, an SCP, a trust policy narrowed by hand) need these grants; everyone else does not, so they
 * are granted only with `--cdk-fallback`. Even then the user never gets the execution role's powers directly:
 * CloudFormation receives the role (`iam:PassRole`, only to cloudformation.amazonaws.com) and acts with it.
 */
import { cdkCli } from '../evidence';
import type { AwsRequest, Evidence } from '../types';

const FALLBACK = cdkCli('lib/api/aws-auth/sdk-provider.js', 123);
const stackArn = (stack: string) => `arn:{partition}:cloudformation:{region}:{account}:stack/${stack}/*`;
const STAGING_BUCKET = 'arn:{partition}:s3:::cdk-agc-assets-{account}-{region}';

function fallback(action: string, resource: string, why: string, evidence: readonly Evidence[], extra: Partial<AwsRequest> = {}): AwsRequest {
  return { action, resource, caller: 'cdk-toolkit', why, evidence: [FALLBACK, ...evidence], optIn: 'cdk-fallback', ...extra };
}

const passExecutionRole = fallback(
  'iam:PassRole',
  'arn:{partition}:iam::{account}:role/cdk-agc-cfn-exec-role-{account}-{region}',
  'The toolkit hands CloudFormation the execution role named in the stack manifest, so the stack still deploys with it.',
  [cdkCli('lib/api/deploy-stack.js', 268), cdkCli('lib/api/deploy-stack.js', 299)],
  { conditions: { StringEquals: { 'iam:PassedToService': 'cloudformation.amazonaws.com' } } },
);

/** Reading the stack and its events, which both deploy and destroy do while they wait. */
function watchStack(stack: string): AwsRequest[] {
  return [
    fallback('cloudformation:DescribeStacks', stackArn(stack), 'Reads the stack state before and while changing it.', [cdkCli('lib/api/util/cloudformation.js', 18)]),
    fallback('cloudformation:DescribeStackEvents', stackArn(stack), 'Polls the stack events to show progress.', [cdkCli('lib/api/util/cloudformation/stack-activity-monitor.js', 134)]),
  ];
}

/** `cdk deploy` of `stack` on the caller's credentials: change sets, the bootstrap version check, asset uploads. */
export function cdkDeployFallbackRequests(stack: string): readonly AwsRequest[] {
  return [
    ...watchStack(stack),
    fallback('cloudformation:GetTemplate', stackArn(stack), 'Reads the deployed template to decide whether anything changed.', [cdkCli('lib/api/util/cloudformation.js', 59)]),
    fallback('cloudformation:CreateChangeSet', stackArn(stack), 'Creates the change set that deploys the new template.', [cdkCli('lib/api/deploy-stack.js', 154)]),
    fallback('cloudformation:DescribeChangeSet', stackArn(stack), 'Waits for the change set to be ready.', [cdkCli('lib/api/util/cloudformation.js', 163)]),
    fallback('cloudformation:ExecuteChangeSet', stackArn(stack), 'Executes the change set.', [cdkCli('lib/api/deploy-stack.js', 167)]),
    fallback('cloudformation:DeleteChangeSet', stackArn(stack), 'Removes a change set that turned out empty.', [cdkCli('lib/api/deploy-stack.js', 131)]),
    fallback('ssm:GetParameter', 'arn:{partition}:ssm:{region}:{account}:parameter/cdk-bootstrap/agc/version', 'Checks that the bootstrap stack is recent enough for the app.', [cdkCli('lib/api/environment-resources.js', 118)]),
    fallback('s3:ListBucket', STAGING_BUCKET, 'The asset publisher looks for assets already uploaded to the staging bucket.', [cdkCli('lib/index.js', 421)]),
    fallback('s3:GetBucketLocation', STAGING_BUCKET, 'The asset publisher finds the staging bucket\'s region.', [cdkCli('lib/index.js', 421)]),
    fallback('s3:PutObject', `${STAGING_BUCKET}/*`, 'Uploads the template and file assets to the staging bucket.', [cdkCli('lib/index.js', 421)]),
    passExecutionRole,
  ];
}

/** `cdk destroy` of `stack` on the caller's credentials. */
export function cdkDestroyFallbackRequests(stack: string): readonly AwsRequest[] {
  return [
    ...watchStack(stack),
    fallback('cloudformation:DeleteStack', stackArn(stack), 'Deletes the stack, handing CloudFormation the execution role.', [cdkCli('lib/api/deploy-stack.js', 299)]),
    passExecutionRole,
  ];
}
