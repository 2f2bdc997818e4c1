/**
 * Resource operations CloudFormation performs on the CDK bootstrap stack `Agc-CDKToolkit`.
 *
 * `agc account activate` runs `cdk bootstrap --toolkit-stack-name Agc-CDKToolkit --qualifier agc --tags ...` without
 * `--role-arn`, so the stack has no execution role and CloudFormation's resource handlers act with the administrator's
 * own credentials. `agc account deactivate` deletes the stack the same way.
 *
 * Template branches that apply with AGC's flags (aws-cdk 2.128.0):
 * - no `--bootstrap-kms-key-id`/`--bootstrap-customer-key`: the CLI passes FileAssetsBucketKmsKeyId=AWS_MANAGED_KEY on
 *   the first bootstrap and reuses it afterwards, so `CreateNewKey` is false: no AWS::KMS::Key/Alias, the bucket
 *   uses SSE-KMS with the AWS-managed key and no key id;
 * - no `--cloudformation-execution-policies` and no `--trust`: the cfn-exec role gets AdministratorAccess;
 * - no permissions boundary flags: no boundary on the cfn-exec role and no example boundary policy;
 * - public access block left at its default `true`.
 * Actions follow the CloudFormation registry schemas' handler permissions (and the open-source ECR handler),
 * restricted to the properties this template sets.
 */
import { agc, cdkCli } from '../evidence';
import type { AwsRequest, Evidence, Trigger } from '../types';

const TEMPLATE = 'lib/api/bootstrap/bootstrap-template.yaml';
const tpl = (line: number): Evidence => cdkCli(TEMPLATE, line);
const env = (line: number): Evidence => cdkCli('lib/api/bootstrap/bootstrap-environment.js', line);

/** AGC bootstraps the stack Agc-CDKToolkit (its `cdk bootstrap` arguments start here). */
const BOOTSTRAP_ARGS = agc('packages/cli/internal/pkg/aws/cdk/bootstrap.go', 16);
/** AGC passes `--qualifier agc`, which names every bootstrap resource. */
const QUALIFIER = agc('packages/cli/internal/pkg/aws/cdk/bootstrap.go', 17);
/** AGC adds its version tag (and any custom tags) to the bootstrap stack, which CloudFormation propagates. */
const STACK_TAGS: readonly Evidence[] = [
  agc('packages/cli/internal/pkg/aws/cdk/bootstrap.go', 18),
  agc('packages/cli/internal/pkg/aws/cdk/bootstrap.go', 28),
  agc('packages/cli/internal/pkg/aws/cdk/bootstrap.go', 38),
  cdkCli('lib/api/bootstrap/deploy-bootstrap.js', 104),
];
/** No `--role-arn`: the bootstrap stack is deployed without a CloudFormation service role. */
const NO_ROLE = cdkCli('lib/api/bootstrap/deploy-bootstrap.js', 103);
/** `agc account deactivate` deletes the bootstrap stack last. */
const DEACTIVATE_DELETE = agc('packages/cli/internal/pkg/cli/account_deactivate.go', 102);

const FIRST: Trigger = { situation: 'resource not yet created (first activation or template upgrade)' };
const UPDATE: Trigger = { situation: 'bootstrap stack already exists and changes' };
const UNTAG: Trigger = { situation: 'stack update that drops a tag' };
const UPGRADE: Trigger = { situation: 'stack update to a newer bootstrap template' };
const UNSURE: Trigger = { situation: 'stack create or update (unsure the handler calls it)' };

/**
 * Builds requests CloudFormation makes on one bootstrap resource: `nameLine` is the template line naming it (with the
 * `agc` qualifier AGC passes), `lines` further template lines, `extra` evidence from elsewhere.
 */
function requestFactory(resource: string, nameLine: number) {
  return (action: string, why: string, lines: readonly number[], when?: Trigger, extra: readonly Evidence[] = []): AwsRequest => ({
    action,
    resource,
    caller: 'cloudformation',
    why,
    evidence: [tpl(nameLine), QUALIFIER, ...lines.map(tpl), ...extra],
    ...(when ? { when } : {}),
  });
}

// ---------------------------------------------------------------------------------------------------------------
// IAM roles (AWS::IAM::Role) and their default policies (AWS::IAM::Policy)

interface BootstrapRole {
  /** The role kind in `cdk-agc-<kind>-role-{account}-{region}`. */
  readonly kind: 'file-publishing' | 'image-publishing' | 'lookup' | 'deploy' | 'cfn-exec';
  readonly nameLine: number;
  readonly trustLine: number;
  /** Line of the inline policy: the role's `Policies` property or the separate AWS::IAM::Policy resource. */
  readonly inlinePolicyLine?: number;
  readonly inlinePolicyVia?: 'Policies' | 'AWS::IAM::Policy';
  /** The AWS managed policy attached through `ManagedPolicyArns`, and where. */
  readonly managedPolicy?: { readonly name: string; readonly lines: readonly number[] };
}

const ROLES: readonly BootstrapRole[] = [
  { kind: 'file-publishing', nameLine: 294, trustLine: 278, inlinePolicyLine: 364, inlinePolicyVia: 'AWS::IAM::Policy' },
  { kind: 'image-publishing', nameLine: 317, trustLine: 301, inlinePolicyLine: 398, inlinePolicyVia: 'AWS::IAM::Policy' },
  {
    kind: 'lookup',
    nameLine: 348,
    trustLine: 324,
    inlinePolicyLine: 351,
    inlinePolicyVia: 'Policies',
    managedPolicy: { name: 'ReadOnlyAccess', lines: [349, 350] },
  },
  { kind: 'deploy', nameLine: 528, trustLine: 428, inlinePolicyLine: 443, inlinePolicyVia: 'Policies' },
  {
    kind: 'cfn-exec',
    nameLine: 553,
    trustLine: 535,
    // HasCloudFormationExecutionPolicies and HasTrustedAccounts are both false with AGC's flags.
    managedPolicy: { name: 'AdministratorAccess', lines: [542, 551, 74, 60] },
  },
];

const roleArn = (r: BootstrapRole): string =>
  `arn:{partition}:iam::{account}:role/cdk-agc-${r.kind}-role-{account}-{region}`;
const roleName = (r: BootstrapRole): string => `cdk-agc-${r.kind}-role`;

function roleRequest(
  r: BootstrapRole,
  action: string,
  why: string,
  lines: readonly number[],
  when?: Trigger,
  extra: readonly Evidence[] = [],
): AwsRequest {
  return requestFactory(roleArn(r), r.nameLine)(action, why, lines, when, extra);
}

function managedPolicyCondition(r: BootstrapRole) {
  const name = r.managedPolicy?.name ?? '';
  return { ArnEquals: { 'iam:PolicyARN': [`arn:{partition}:iam::aws:policy/${name}`] } };
}

function roleCreateUpdateRequests(r: BootstrapRole): AwsRequest[] {
  const n = roleName(r);
  const out: AwsRequest[] = [
    roleRequest(r, 'iam:GetRole', `The role handler reads ${n} to check for it and to return its attributes.`, [], undefined, [NO_ROLE]),
    roleRequest(r, 'iam:CreateRole', `CloudFormation creates ${n} with its trust policy.`, [r.trustLine], FIRST, [BOOTSTRAP_ARGS]),
    roleRequest(r, 'iam:TagRole', `CloudFormation puts the template and stack tags on ${n}.`, [], undefined, STACK_TAGS),
    roleRequest(r, 'iam:UntagRole', `CloudFormation removes stack tags no longer present from ${n}.`, [], UNTAG, STACK_TAGS),
    roleRequest(r, 'iam:ListRolePolicies', `The role handler lists the inline policies of ${n} when reading it back.`, []),
    roleRequest(r, 'iam:ListAttachedRolePolicies', `The role handler lists the managed policies of ${n} when reading it back.`, []),
    roleRequest(r, 'iam:UpdateAssumeRolePolicy', `A newer bootstrap template rewrites the trust policy of ${n}.`, [r.trustLine], UPGRADE),
  ];
  if (r.inlinePolicyLine !== undefined) {
    const via = r.inlinePolicyVia === 'AWS::IAM::Policy' ? 'its AWS::IAM::Policy resource' : 'its Policies property';
    out.push(
      roleRequest(r, 'iam:PutRolePolicy', `CloudFormation writes the inline policy of ${n} from ${via}.`, [r.inlinePolicyLine]),
      roleRequest(r, 'iam:GetRolePolicy', `The handler reads back the inline policy of ${n} after writing it.`, [r.inlinePolicyLine]),
    );
  }
  if (r.managedPolicy) {
    out.push({
      ...roleRequest(
        r,
        'iam:AttachRolePolicy',
        `CloudFormation attaches the AWS managed ${r.managedPolicy.name} policy to ${n}.`,
        r.managedPolicy.lines,
        FIRST,
        r.kind === 'cfn-exec' ? [env(78), env(93), env(146)] : [],
      ),
      conditions: managedPolicyCondition(r),
    });
  }
  return out;
}

function roleDeleteRequests(r: BootstrapRole): AwsRequest[] {
  const n = roleName(r);
  const del = [DEACTIVATE_DELETE];
  const out: AwsRequest[] = [
    roleRequest(r, 'iam:GetRole', `The role delete handler looks up ${n} before removing it.`, [], undefined, del),
    roleRequest(r, 'iam:ListRolePolicies', `The role delete handler lists inline policies of ${n} to remove them first.`, [], undefined, del),
    roleRequest(r, 'iam:ListAttachedRolePolicies', `The role delete handler lists managed policies of ${n} to detach them first.`, [], undefined, del),
    roleRequest(r, 'iam:DeleteRole', `CloudFormation deletes ${n} with the bootstrap stack.`, [], undefined, del),
  ];
  if (r.inlinePolicyLine !== undefined) {
    const who = r.inlinePolicyVia === 'AWS::IAM::Policy' ? 'The AWS::IAM::Policy delete handler' : 'The role delete handler';
    out.push(roleRequest(r, 'iam:DeleteRolePolicy', `${who} removes the inline policy of ${n}.`, [r.inlinePolicyLine], undefined, del));
  }
  if (r.managedPolicy) {
    out.push({
      ...roleRequest(r, 'iam:DetachRolePolicy', `The role delete handler detaches ${r.managedPolicy.name} from ${n}.`, r.managedPolicy.lines, undefined, del),
      conditions: managedPolicyCondition(r),
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Staging bucket (AWS::S3::Bucket, DeletionPolicy Retain) and its policy (AWS::S3::BucketPolicy)

const BUCKET = 'arn:{partition}:s3:::cdk-agc-assets-{account}-{region}';

const bucketRequest = requestFactory(BUCKET, 184);

const bucketCreateUpdateRequests: readonly AwsRequest[] = [
  // AccessControl Private needs only s3:CreateBucket (no s3:PutBucketAcl); no OwnershipControls are set.
  bucketRequest('s3:CreateBucket', 'CloudFormation creates the private CDK staging bucket.', [177, 185], FIRST, [BOOTSTRAP_ARGS, NO_ROLE]),
  bucketRequest('s3:ListBucket', 'The bucket handler checks that the staging bucket exists.', []),
  // CreateNewKey is false (AWS_MANAGED_KEY), so no KMS key id and no KMS call: only the encryption configuration.
  bucketRequest('s3:PutEncryptionConfiguration', 'CloudFormation sets SSE-KMS with the AWS-managed key as the bucket default.', [186, 189, 195, 196], undefined, [env(112), env(142)]),
  bucketRequest('s3:PutBucketPublicAccessBlock', 'CloudFormation blocks all public access on the staging bucket.', [198, 200, 201], undefined, [env(148)]),
  bucketRequest('s3:PutBucketVersioning', 'CloudFormation enables versioning on the staging bucket.', [206, 207]),
  bucketRequest('s3:PutLifecycleConfiguration', 'CloudFormation sets the rule expiring noncurrent object versions.', [208, 211, 214]),
  bucketRequest('s3:PutBucketTagging', 'CloudFormation writes the stack and system tags onto the staging bucket.', [], undefined, STACK_TAGS),
  bucketRequest('s3:GetBucketTagging', 'The bucket handler reads the current tags before replacing them.', [], UPDATE, STACK_TAGS),
  bucketRequest('s3:GetBucketAcl', 'The bucket create handler may read the ACL it set through AccessControl.', [185], UNSURE),
  bucketRequest('s3:PutBucketPolicy', 'CloudFormation attaches the policy denying non-TLS access to the bucket.', [217, 225, 232]),
  bucketRequest('s3:GetBucketPolicy', 'The bucket-policy handler reads the policy to check and return it.', [217]),
];

const bucketDeleteRequests: readonly AwsRequest[] = [
  bucketRequest('s3:GetBucketPolicy', 'The bucket-policy delete handler reads the policy before removing it.', [217], undefined, [DEACTIVATE_DELETE]),
  bucketRequest('s3:DeleteBucketPolicy', 'CloudFormation removes the staging bucket policy; the bucket itself is retained.', [217, 216], undefined, [DEACTIVATE_DELETE]),
];

// ---------------------------------------------------------------------------------------------------------------
// Container assets repository (AWS::ECR::Repository)

const REPOSITORY = 'arn:{partition}:ecr:{region}:{account}:repository/cdk-agc-container-assets-{account}-{region}';

const repoRequest = requestFactory(REPOSITORY, 260);

// The ECR handler calls PutImageScanningConfiguration only when ImageScanningConfiguration is set (it is not here),
// and uses KMS only for KMS encryption (not set), so neither is needed.
const repositoryCreateUpdateRequests: readonly AwsRequest[] = [
  repoRequest('ecr:CreateRepository', 'CloudFormation creates the immutable-tag container assets repository.', [234, 237], FIRST, [BOOTSTRAP_ARGS, NO_ROLE]),
  repoRequest('ecr:TagResource', 'CloudFormation tags the repository with the stack tags, on create and on tag changes.', [], undefined, STACK_TAGS),
  repoRequest('ecr:PutLifecyclePolicy', 'CloudFormation sets the lifecycle rule expiring old untagged images.', [239, 240]),
  repoRequest('ecr:SetRepositoryPolicy', 'CloudFormation sets the repository policy letting Lambda pull images.', [261, 266]),
  repoRequest('ecr:PutImageTagMutability', 'The repository update handler reapplies the IMMUTABLE tag setting.', [237], UPDATE),
  repoRequest('ecr:DescribeRepositories', 'The repository update handler looks up the repository ARN.', [], UPDATE),
  repoRequest('ecr:ListTagsForResource', 'The repository update handler lists current tags to compute the tag changes.', [], UPDATE, STACK_TAGS),
  repoRequest('ecr:UntagResource', 'The repository update handler removes tags that left the stack.', [], UNTAG, STACK_TAGS),
];

const repositoryDeleteRequests: readonly AwsRequest[] = [
  repoRequest('ecr:DeleteRepository', 'CloudFormation deletes the container assets repository with the stack.', [234], undefined, [DEACTIVATE_DELETE]),
];

// ---------------------------------------------------------------------------------------------------------------
// Bootstrap version parameter (AWS::SSM::Parameter)

const PARAMETER = 'arn:{partition}:ssm:{region}:{account}:parameter/cdk-bootstrap/agc/version';

const paramRequest = requestFactory(PARAMETER, 621);

const parameterCreateUpdateRequests: readonly AwsRequest[] = [
  paramRequest('ssm:PutParameter', 'CloudFormation writes the bootstrap version number into the parameter.', [616, 622], undefined, [NO_ROLE]),
  paramRequest('ssm:AddTagsToResource', 'CloudFormation tags the version parameter with the stack and system tags.', [], undefined, STACK_TAGS),
  paramRequest('ssm:RemoveTagsFromResource', 'CloudFormation removes tags that left the stack from the version parameter.', [], UNTAG, STACK_TAGS),
  paramRequest('ssm:GetParameters', 'The parameter handler reads the parameter back after writing it.', [616]),
];

const parameterDeleteRequests: readonly AwsRequest[] = [
  paramRequest('ssm:DeleteParameter', 'CloudFormation deletes the bootstrap version parameter with the stack.', [616], undefined, [DEACTIVATE_DELETE]),
];

// ---------------------------------------------------------------------------------------------------------------

/** Creating the bootstrap stack's resources on first activation, and updating them when it is re-bootstrapped. */
export const bootstrapStackCreateUpdateRequests: readonly AwsRequest[] = [
  ...ROLES.flatMap(roleCreateUpdateRequests),
  ...bucketCreateUpdateRequests,
  ...repositoryCreateUpdateRequests,
  ...parameterCreateUpdateRequests,
];

/** Deleting the bootstrap stack's resources; the staging bucket is retained (AGC empties and deletes it itself). */
export const bootstrapStackDeleteRequests: readonly AwsRequest[] = [
  ...bucketDeleteRequests,
  ...repositoryDeleteRequests,
  ...parameterDeleteRequests,
  ...ROLES.flatMap(roleDeleteRequests),
];
