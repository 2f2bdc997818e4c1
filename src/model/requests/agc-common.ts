/**
 * Requests AGC's own Go code makes in many commands: reading AGC's shared SSM parameters, describing or listing
 * CloudFormation stacks, reading the caller's own items of the `Agc` table and calling a context's WES API, plus
 * the sequences of them that the context and workflow managers run. Nothing here writes `/agc/_common/*` or
 * touches the `Agc-Core` / `Agc-CDKToolkit` stacks, the AGC bucket or the table's configuration.
 *
 * Note on the start-up version check (cmd/application/main.go `checkCliVersion`): it lists and reads objects in
 * a public bucket with anonymous credentials (internal/pkg/version/check_func.go), so it needs no permission
 * from the caller and is deliberately not modelled.
 */
import { agc } from '../evidence';
import type { AwsRequest, Evidence, Trigger } from '../types';
import { AGC_LEADING_KEYS, AGC_TABLE_ARN, AGC_TABLE_EVIDENCE, wesGetRunLog, wesGetServiceInfo, wesInvoke } from './workflow-common';

const SSM_CLIENT = 'packages/cli/internal/pkg/aws/ssm/get_common_parameter.go';
const CFN_INFO = 'packages/cli/internal/pkg/aws/cfn/get_stack_info.go';
const CFN_LIST = 'packages/cli/internal/pkg/aws/cfn/list_stacks.go';
const AWS_RESOURCES = 'packages/cli/internal/pkg/cli/awsresources/awsresources.go';

/** The ARN of one of AGC's shared SSM parameters under `/agc/_common/`. */
function commonParameterArn(suffix: string): string {
  return `arn:{partition}:ssm:{region}:{account}:parameter/agc/_common/${suffix}`;
}

/** The ARN pattern of the caller's own context stack `Agc-Context-{project}-{user}-{context}`. */
export const CONTEXT_STACK_ARN = 'arn:{partition}:cloudformation:{region}:{account}:stack/Agc-Context-{project}-{user}-{context}/*';

/** sts:GetCallerIdentity, which AGC uses to learn the account id (account commands). */
export const stsGetCallerIdentity: AwsRequest = {
  action: 'sts:GetCallerIdentity',
  resource: '*',
  caller: 'agc',
  why: 'Looks up the account id of the caller to name account-level resources.',
  starReason: 'sts:GetCallerIdentity has no resource type; it identifies the caller only.',
  evidence: [agc('packages/cli/internal/pkg/aws/sts/get_account.go', 12)],
};

/** Reads `/agc/_common/bucket`, the name of AGC's data bucket written at account activation. */
export const ssmGetBucketParameter: AwsRequest = {
  action: 'ssm:GetParameter',
  resource: commonParameterArn('bucket'),
  caller: 'agc',
  why: 'Reads the shared parameter that names the AGC data bucket.',
  evidence: [agc(SSM_CLIENT, 14), agc(SSM_CLIENT, 23), agc(SSM_CLIENT, 34)],
};

/** Reads `/agc/_common/customTags`; a missing parameter is ignored. */
export const ssmGetCustomTagsParameter: AwsRequest = {
  action: 'ssm:GetParameter',
  resource: commonParameterArn('customTags'),
  caller: 'agc',
  why: 'Reads the optional shared parameter holding the account-wide custom resource tags.',
  evidence: [agc(SSM_CLIENT, 15), agc(SSM_CLIENT, 23), agc(SSM_CLIENT, 40)],
};

/** Reads `/agc/_common/installed-artifacts/s3-root-url`, where account activation put AGC's artifacts. */
export const ssmGetArtifactUrlParameter: AwsRequest = {
  action: 'ssm:GetParameter',
  resource: commonParameterArn('installed-artifacts/s3-root-url'),
  caller: 'agc',
  why: 'Reads the shared parameter that locates the installed AGC artifacts bucket.',
  evidence: [agc('packages/cli/internal/pkg/cli/context/manager.go', 27), agc('packages/cli/internal/pkg/cli/context/manager.go', 181), agc(SSM_CLIENT, 23)],
};

/** DescribeStacks on the caller's own context stack, by name (status, outputs such as WesUrl and log groups). */
export const cfnDescribeContextStack: AwsRequest = {
  action: 'cloudformation:DescribeStacks',
  resource: CONTEXT_STACK_ARN,
  caller: 'agc',
  why: 'Reads the status and outputs of the context stack belonging to this project, user and context.',
  evidence: [agc(AWS_RESOURCES, 11), agc(CFN_INFO, 24), agc(CFN_INFO, 25)],
};

/** ListStacks over all stacks of the account and region; AGC filters the names client-side. */
export const cfnListStacks: AwsRequest = {
  action: 'cloudformation:ListStacks',
  resource: '*',
  caller: 'agc',
  why: 'Lists active stacks so AGC can pick out the context stacks by name on the client side.',
  starReason: 'cloudformation:ListStacks supports no resource-level permission.',
  evidence: [agc(CFN_LIST, 21)],
};

// ---------------------------------------------------------------------------------------------------------------
// The `Agc` DynamoDB table and the context WES API. The basic pieces live in workflow-common.ts (written for the
// `workflow *` commands) and are re-exported here; the requests below are the ones the context and logs commands
// add. AGC only ever touches items whose partition key is `PROJECT#{project}#USER#{user}`, and the WES API id is
// random, so its ARN is held to the `prod` stage, the method and the WES path.
// ---------------------------------------------------------------------------------------------------------------

export { ddbGetWorkflowInstance, wesGetRunLog, wesGetServiceInfo } from './workflow-common';

const DDB = 'packages/cli/internal/pkg/aws/ddb';

/** Every AGC item access is keyed on the caller's own partition key, so the grant can be held to it. */
export const OWN_PARTITION_ONLY = AGC_LEADING_KEYS;

/** Query on index lsi1 for the latest runs of one workflow name. */
export const ddbQueryRunsByWorkflowName: AwsRequest = {
  action: 'dynamodb:Query',
  resource: `${AGC_TABLE_ARN}/index/lsi1`,
  conditions: AGC_LEADING_KEYS,
  caller: 'agc',
  why: 'Looks up the most recent runs of a named workflow for this project and user.',
  evidence: [agc(`${DDB}/list_workflow_instances_by_name.go`, 28), agc(`${DDB}/list_workflow_instances_by_name.go`, 32), ...AGC_TABLE_EVIDENCE],
};

/** Query on index lsi3 for the latest runs in one context. */
export const ddbQueryRunsByContext: AwsRequest = {
  action: 'dynamodb:Query',
  resource: `${AGC_TABLE_ARN}/index/lsi3`,
  conditions: AGC_LEADING_KEYS,
  caller: 'agc',
  why: 'Looks up the most recent workflow runs in one context of this project and user.',
  evidence: [agc(`${DDB}/list_workflow_instances_by_context.go`, 28), agc(`${DDB}/list_workflow_instances_by_context.go`, 32), ...AGC_TABLE_EVIDENCE],
};

const WES_API = 'packages/wes_api/client/api_workflow_execution_service.go';
const WES_LOG_EXT = 'packages/wes_api/client/api_workflow_execution_service_log_extension.go';
const WES_CLIENT = 'packages/cli/internal/pkg/wes/client.go';

/** GET runs/{id}/status for one run. */
export const wesGetRunStatus: AwsRequest = wesInvoke(
  'GET',
  'runs/*/status',
  'Asks the context WES endpoint for the current state of a workflow run.',
  [agc(WES_CLIENT, 47), agc(WES_API, 277)],
);

/** GET of a run-log data URL (run stdout/stderr), resolved relative to runs/{id} on the same WES API. */
export const wesGetRunLogData: AwsRequest = wesInvoke(
  'GET',
  'runs/*',
  'Downloads run-level stdout or stderr text that the run log points to on the same WES endpoint.',
  [agc(WES_CLIENT, 57), agc(WES_LOG_EXT, 39), agc(WES_LOG_EXT, 47)],
);

/** POST runs/{id}/cancel. */
export const wesCancelRun: AwsRequest = wesInvoke(
  'POST',
  'runs/*/cancel',
  'Asks the context WES endpoint to cancel a workflow run that is still going.',
  [agc(WES_CLIENT, 37), agc(WES_API, 45)],
);

// ---------------------------------------------------------------------------------------------------------------
// Sequences of the workflow manager that several commands run.
// ---------------------------------------------------------------------------------------------------------------

const WF_MANAGER = 'packages/cli/internal/pkg/cli/workflow/manager.go';

/** The workflow manager's deployment check: DescribeStacks on the context stack (GetStackStatus). */
export const cfnCheckContextDeployed: AwsRequest = {
  ...cfnDescribeContextStack,
  why: 'Checks that the context stack of a run exists and is in a queryable state before contacting it.',
  evidence: [agc(WF_MANAGER, 403), agc(WF_MANAGER, 404), agc(CFN_INFO, 25)],
};

/** Read the context stack outputs and open a WES client on its WesUrl (DescribeStacks, then the health ping). */
export const connectToContextWes: readonly AwsRequest[] = [
  { ...cfnDescribeContextStack, evidence: [agc(WF_MANAGER, 452), agc(WF_MANAGER, 454), agc(CFN_INFO, 25)] },
  wesGetServiceInfo,
];

/**
 * `populateInstancesState` (workflow/workflow_status.go): for each context that has runs, check it is deployed,
 * connect to its WES endpoint and, per run, fetch its run log (when the stored record has no request, which
 * AGC never stores) and its status.
 */
export const populateRunStates: readonly AwsRequest[] = [
  cfnCheckContextDeployed,
  ...connectToContextWes,
  from(wesGetRunLog, agc(WF_MANAGER, 732)),
  from(wesGetRunStatus, agc(WF_MANAGER, 688)),
];

// ---------------------------------------------------------------------------------------------------------------
// Small helpers to reuse the requests above from a command without rewriting them.
// ---------------------------------------------------------------------------------------------------------------

/** The same request, with the command-specific lines that lead to it cited first. */
export function from(request: AwsRequest, ...callers: readonly Evidence[]): AwsRequest {
  return { ...request, evidence: [...callers, ...request.evidence] };
}

/** The same requests, made only under `trigger` (requests that already have a trigger keep theirs). */
export function during(trigger: Trigger, requests: readonly AwsRequest[]): AwsRequest[] {
  return requests.map((request) => (request.when ? request : { ...request, when: trigger }));
}

const CTX_INFO = 'packages/cli/internal/pkg/cli/context/manager_info.go';

/**
 * The context manager's `Info(context)` (context describe and every `logs` command): read the bucket parameter,
 * then describe the context stack (a missing stack is tolerated).
 */
export const contextManagerInfo: readonly AwsRequest[] = [
  from(ssmGetBucketParameter, agc(CTX_INFO, 14), agc('packages/cli/internal/pkg/cli/context/manager.go', 203)),
  from(cfnDescribeContextStack, agc(CTX_INFO, 25), agc(CTX_INFO, 26)),
];
