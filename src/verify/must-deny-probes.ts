import type { OptIn, Persona } from '../model/types';

/** Why a probe matters, grouped by the harm it would do. */
export type ProbeGroup = 'privilege-escalation' | 'shared-infrastructure' | 'foreign-data' | 'destructive-or-audit';

/**
 * A request nobody holding AGC's policies may make. Resource and context use the model's placeholders, filled
 * with the same witness session as the requirements, so a probe differs from an allowed request only in what
 * makes it dangerous.
 */
export interface MustDenyProbe {
  readonly id: string;
  readonly group: ProbeGroup;
  readonly personas: readonly Persona[];
  readonly action: string;
  readonly resource: string;
  readonly context?: Readonly<Record<string, string | readonly string[]>>;
  readonly reason: string;
  /** An opt-in that grants this request on purpose: with it, the probe does not apply (the README says so). */
  readonly unlessOptIn?: OptIn;
}

const BOTH: readonly Persona[] = ['admin', 'user'];
const USER: readonly Persona[] = ['user'];

const role = (name: string) => `arn:{partition}:iam::{account}:role/${name}`;
const stack = (name: string) => `arn:{partition}:cloudformation:{region}:{account}:stack/${name}/w1`;
const AGC_BUCKET = 'arn:{partition}:s3:::{bucket}';
const AGC_TABLE = 'arn:{partition}:dynamodb:{region}:{account}:table/Agc';
const THESE_POLICIES = 'arn:{partition}:iam::{account}:policy/AgcPermissionsStack-agcadminpolicy-w1';

export const MUST_DENY_PROBES: readonly MustDenyProbe[] = [
  // Privilege escalation: any of these turns an AGC user or administrator into an account administrator.
  { id: 'deny/iam/create-role', group: 'privilege-escalation', personas: BOTH, action: 'iam:CreateRole', resource: role('Escalation'), reason: 'a new role with a trust policy of the caller\'s choosing' },
  { id: 'deny/iam/create-agc-bootstrap-role', group: 'privilege-escalation', personas: USER, action: 'iam:CreateRole', resource: role('cdk-agc-deploy-role-{account}-{region}'), reason: 'users must not recreate the bootstrap roles; only account activate does' },
  { id: 'deny/iam/put-role-policy', group: 'privilege-escalation', personas: BOTH, action: 'iam:PutRolePolicy', resource: role('OrganizationAccountAccessRole'), reason: 'an inline policy on an existing role grants it anything' },
  { id: 'deny/iam/put-agc-role-policy', group: 'privilege-escalation', personas: USER, action: 'iam:PutRolePolicy', resource: role('cdk-agc-deploy-role-{account}-{region}'), reason: 'a user widening the deploy role they may assume' },
  { id: 'deny/iam/put-agc-stack-role-policy', group: 'privilege-escalation', personas: BOTH, action: 'iam:PutRolePolicy', resource: role('Agc-Context-{project}-{user}-{context}-EngineRole-w1'), reason: 'widening a role of an AGC stack, which workflows then run with' },
  { id: 'deny/iam/attach-admin-policy', group: 'privilege-escalation', personas: BOTH, action: 'iam:AttachRolePolicy', resource: role('cdk-agc-deploy-role-{account}-{region}'), context: { 'iam:PolicyARN': 'arn:{partition}:iam::aws:policy/AdministratorAccess' }, reason: 'AdministratorAccess on a role the caller may assume' },
  { id: 'deny/iam/update-assume-role-policy', group: 'privilege-escalation', personas: BOTH, action: 'iam:UpdateAssumeRolePolicy', resource: role('OrganizationAccountAccessRole'), reason: 'letting the caller assume a powerful role' },
  { id: 'deny/iam/create-user', group: 'privilege-escalation', personas: BOTH, action: 'iam:CreateUser', resource: 'arn:{partition}:iam::{account}:user/escalation', reason: 'a new principal outside any review' },
  { id: 'deny/iam/create-access-key', group: 'privilege-escalation', personas: BOTH, action: 'iam:CreateAccessKey', resource: 'arn:{partition}:iam::{account}:user/admin', reason: 'long-lived credentials of another user' },
  { id: 'deny/iam/create-login-profile', group: 'privilege-escalation', personas: BOTH, action: 'iam:CreateLoginProfile', resource: 'arn:{partition}:iam::{account}:user/admin', reason: 'a console password for another user' },
  { id: 'deny/iam/attach-user-policy', group: 'privilege-escalation', personas: BOTH, action: 'iam:AttachUserPolicy', resource: 'arn:{partition}:iam::{account}:user/jdoe', context: { 'iam:PolicyARN': 'arn:{partition}:iam::aws:policy/AdministratorAccess' }, reason: 'AdministratorAccess for the caller themself' },
  { id: 'deny/iam/put-user-policy', group: 'privilege-escalation', personas: BOTH, action: 'iam:PutUserPolicy', resource: 'arn:{partition}:iam::{account}:user/jdoe', reason: 'an inline policy granting the caller anything' },
  { id: 'deny/iam/add-user-to-group', group: 'privilege-escalation', personas: BOTH, action: 'iam:AddUserToGroup', resource: 'arn:{partition}:iam::{account}:group/Admins', reason: 'joining a more powerful group' },
  { id: 'deny/iam/create-policy', group: 'privilege-escalation', personas: BOTH, action: 'iam:CreatePolicy', resource: 'arn:{partition}:iam::{account}:policy/Escalation', reason: 'a new managed policy to attach elsewhere' },
  { id: 'deny/iam/create-policy-version', group: 'privilege-escalation', personas: BOTH, action: 'iam:CreatePolicyVersion', resource: THESE_POLICIES, reason: 'rewriting these very policies' },
  { id: 'deny/iam/set-default-policy-version', group: 'privilege-escalation', personas: BOTH, action: 'iam:SetDefaultPolicyVersion', resource: THESE_POLICIES, reason: 'switching these very policies to an older, wider version' },
  { id: 'deny/iam/pass-role-to-ec2', group: 'privilege-escalation', personas: BOTH, action: 'iam:PassRole', resource: role('OrganizationAccountAccessRole'), context: { 'iam:PassedToService': 'ec2.amazonaws.com' }, reason: 'running code with a role that is not AGC\'s' },
  { id: 'deny/iam/pass-cfn-exec-role', group: 'privilege-escalation', personas: USER, action: 'iam:PassRole', resource: role('cdk-agc-cfn-exec-role-{account}-{region}'), context: { 'iam:PassedToService': 'cloudformation.amazonaws.com' }, reason: 'the administrator-level execution role passed straight to a stack of the user\'s', unlessOptIn: 'cdk-fallback' },
  { id: 'deny/sts/assume-other-role', group: 'privilege-escalation', personas: BOTH, action: 'sts:AssumeRole', resource: role('OrganizationAccountAccessRole'), reason: 'a role that is not AGC\'s' },
  { id: 'deny/sts/assume-cfn-exec-role', group: 'privilege-escalation', personas: BOTH, action: 'sts:AssumeRole', resource: role('cdk-agc-cfn-exec-role-{account}-{region}'), reason: 'the execution role holds AdministratorAccess; only CloudFormation may use it' },
  { id: 'deny/sts/assume-role-other-account', group: 'privilege-escalation', personas: BOTH, action: 'sts:AssumeRole', resource: 'arn:{partition}:iam::999988887777:role/cdk-agc-deploy-role-999988887777-{region}', reason: 'AGC roles of another account' },

  // Shared AGC infrastructure: users use it, the administrator owns it.
  { id: 'deny/shared/delete-core-stack', group: 'shared-infrastructure', personas: USER, action: 'cloudformation:DeleteStack', resource: stack('Agc-Core'), reason: 'removes the VPC, bucket and table every user shares' },
  { id: 'deny/shared/update-core-stack', group: 'shared-infrastructure', personas: USER, action: 'cloudformation:UpdateStack', resource: stack('Agc-Core'), reason: 'reconfigures shared infrastructure' },
  { id: 'deny/shared/change-set-core-stack', group: 'shared-infrastructure', personas: USER, action: 'cloudformation:ExecuteChangeSet', resource: stack('Agc-Core'), reason: 'reconfigures shared infrastructure' },
  { id: 'deny/shared/delete-bootstrap-stack', group: 'shared-infrastructure', personas: USER, action: 'cloudformation:DeleteStack', resource: stack('Agc-CDKToolkit'), reason: 'removes the roles every deployment uses' },
  { id: 'deny/shared/change-set-bootstrap-stack', group: 'shared-infrastructure', personas: USER, action: 'cloudformation:CreateChangeSet', resource: stack('Agc-CDKToolkit'), reason: 'rewrites the bootstrap roles' },
  { id: 'deny/shared/delete-bucket', group: 'shared-infrastructure', personas: USER, action: 's3:DeleteBucket', resource: AGC_BUCKET, reason: 'the data bucket of every user' },
  { id: 'deny/shared/put-bucket-policy', group: 'shared-infrastructure', personas: USER, action: 's3:PutBucketPolicy', resource: AGC_BUCKET, reason: 'opens or closes the shared bucket' },
  { id: 'deny/shared/delete-bucket-policy', group: 'shared-infrastructure', personas: USER, action: 's3:DeleteBucketPolicy', resource: AGC_BUCKET, reason: 'drops the shared bucket\'s protections' },
  { id: 'deny/shared/put-bucket-lifecycle', group: 'shared-infrastructure', personas: USER, action: 's3:PutLifecycleConfiguration', resource: AGC_BUCKET, reason: 'can expire every user\'s data' },
  { id: 'deny/shared/delete-table', group: 'shared-infrastructure', personas: USER, action: 'dynamodb:DeleteTable', resource: AGC_TABLE, reason: 'the run history of every user' },
  { id: 'deny/shared/update-table', group: 'shared-infrastructure', personas: USER, action: 'dynamodb:UpdateTable', resource: AGC_TABLE, reason: 'reconfigures the shared table' },
  { id: 'deny/shared/put-common-parameter', group: 'shared-infrastructure', personas: USER, action: 'ssm:PutParameter', resource: 'arn:{partition}:ssm:{region}:{account}:parameter/agc/_common/bucket', reason: 'redirects every user\'s data to another bucket' },
  { id: 'deny/shared/delete-common-parameter', group: 'shared-infrastructure', personas: USER, action: 'ssm:DeleteParameter', resource: 'arn:{partition}:ssm:{region}:{account}:parameter/agc/_common/bucket', reason: 'breaks AGC for every user' },

  // Data that is not AGC's.
  { id: 'deny/data/read-other-bucket', group: 'foreign-data', personas: BOTH, action: 's3:GetObject', resource: 'arn:{partition}:s3:::payroll-{account}/2026/salaries.csv', reason: 'data of another application' },
  { id: 'deny/data/write-other-bucket', group: 'foreign-data', personas: BOTH, action: 's3:PutObject', resource: 'arn:{partition}:s3:::payroll-{account}/2026/salaries.csv', reason: 'data of another application' },
  { id: 'deny/data/list-other-bucket', group: 'foreign-data', personas: BOTH, action: 's3:ListBucket', resource: 'arn:{partition}:s3:::payroll-{account}', reason: 'data of another application' },
  { id: 'deny/data/delete-other-bucket', group: 'foreign-data', personas: BOTH, action: 's3:DeleteBucket', resource: 'arn:{partition}:s3:::payroll-{account}', reason: 'data of another application' },
  { id: 'deny/data/other-table', group: 'foreign-data', personas: BOTH, action: 'dynamodb:GetItem', resource: 'arn:{partition}:dynamodb:{region}:{account}:table/Customers', reason: 'data of another application' },
  { id: 'deny/data/other-parameter', group: 'foreign-data', personas: BOTH, action: 'ssm:GetParameter', resource: 'arn:{partition}:ssm:{region}:{account}:parameter/prod/db-password', reason: 'configuration of another application' },
  { id: 'deny/data/secret', group: 'foreign-data', personas: BOTH, action: 'secretsmanager:GetSecretValue', resource: 'arn:{partition}:secretsmanager:{region}:{account}:secret:prod-db-AbCdEf', reason: 'AGC keeps no secrets' },
  { id: 'deny/data/kms-decrypt', group: 'foreign-data', personas: BOTH, action: 'kms:Decrypt', resource: 'arn:{partition}:kms:{region}:{account}:key/1234abcd-12ab-34cd-56ef-1234567890ab', reason: 'decrypts data of any application using the key' },
  { id: 'deny/data/delete-other-stack', group: 'foreign-data', personas: BOTH, action: 'cloudformation:DeleteStack', resource: stack('prod-network'), reason: 'another application\'s stack' },
  { id: 'deny/data/change-other-stack', group: 'foreign-data', personas: BOTH, action: 'cloudformation:ExecuteChangeSet', resource: stack('prod-network'), reason: 'another application\'s stack' },
  { id: 'deny/data/read-other-logs', group: 'foreign-data', personas: BOTH, action: 'logs:FilterLogEvents', resource: 'arn:{partition}:logs:{region}:{account}:log-group:/prod/payments:*', reason: 'logs of another application' },

  // Destructive or audit-evading actions.
  { id: 'deny/audit/stop-logging', group: 'destructive-or-audit', personas: BOTH, action: 'cloudtrail:StopLogging', resource: 'arn:{partition}:cloudtrail:{region}:{account}:trail/organization', reason: 'hides every later action' },
  { id: 'deny/audit/delete-trail', group: 'destructive-or-audit', personas: BOTH, action: 'cloudtrail:DeleteTrail', resource: 'arn:{partition}:cloudtrail:{region}:{account}:trail/organization', reason: 'hides every later action' },
  { id: 'deny/audit/delete-log-group', group: 'destructive-or-audit', personas: BOTH, action: 'logs:DeleteLogGroup', resource: 'arn:{partition}:logs:{region}:{account}:log-group:/aws/batch/job', reason: 'erases the record of every workflow task' },
  { id: 'deny/audit/delete-guardduty-detector', group: 'destructive-or-audit', personas: BOTH, action: 'guardduty:DeleteDetector', resource: 'arn:{partition}:guardduty:{region}:{account}:detector/12abc34d567e8fa901bc2d34e56789f0', reason: 'switches off threat detection' },
  { id: 'deny/destructive/terminate-instances', group: 'destructive-or-audit', personas: BOTH, action: 'ec2:TerminateInstances', resource: 'arn:{partition}:ec2:{region}:{account}:instance/i-0123456789abcdef0', reason: 'AGC never touches instances directly' },
  { id: 'deny/destructive/delete-vpc', group: 'destructive-or-audit', personas: BOTH, action: 'ec2:DeleteVpc', resource: 'arn:{partition}:ec2:{region}:{account}:vpc/vpc-0123456789abcdef0', reason: 'AGC never deletes networks with the caller\'s credentials' },
  { id: 'deny/destructive/leave-organization', group: 'destructive-or-audit', personas: BOTH, action: 'organizations:LeaveOrganization', resource: '*', reason: 'takes the account out of its guard rails' },
];
