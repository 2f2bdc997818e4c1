/**
 * `agc workflow run|list|status|stop|output|describe`.
 *
 * All of them build a workflow.Manager (workflow/manager.go NewManager), which only creates SDK clients; the project
 * spec (agc-project.yaml) and the user id (~/.agc/config.yaml) are read from local files. `--inputsFile` and
 * `--optionsFile` are local files too (storage.ReadAsBytes reads the file system only).
 */
import { agc } from '../evidence';
import { cfnDescribeContextStack, ssmGetBucketParameter } from '../requests/agc-common';
import {
  AGC_LEADING_KEYS,
  AGC_TABLE_ARN,
  AGC_TABLE_EVIDENCE,
  ddbGetWorkflowInstance,
  wesGetRunLog,
  wesGetServiceInfo,
  wesInvoke,
} from '../requests/workflow-common';
import type { AwsRequest, CommandRequirements, Evidence, Trigger } from '../types';

const MANAGER = 'packages/cli/internal/pkg/cli/workflow/manager.go';
const RUN = 'packages/cli/internal/pkg/cli/workflow/workflow_run.go';
const STATUS = 'packages/cli/internal/pkg/cli/workflow/workflow_status.go';
const STOP = 'packages/cli/internal/pkg/cli/workflow/workflow_stop.go';
const OUTPUT = 'packages/cli/internal/pkg/cli/workflow/workflow_output.go';
const STATUS_CMD = 'packages/cli/internal/pkg/cli/workflow_status.go';
const RUN_CMD = 'packages/cli/internal/pkg/cli/workflow_run.go';
const UPLOAD = 'packages/cli/internal/pkg/aws/s3/upload_file.go';
const INPUT_CLIENT = 'packages/cli/internal/pkg/storage/input_client.go';
const AWS_RESOURCES = 'packages/cli/internal/pkg/cli/awsresources/awsresources.go';
const WES_CLIENT = 'packages/cli/internal/pkg/wes/client.go';
const WES_API = 'packages/wes_api/client/api_workflow_execution_service.go';
const DDB_WRITE = 'packages/cli/internal/pkg/aws/ddb/write_workflow_instance.go';

/** A request with extra evidence lines showing where this command makes it. */
function madeAt(request: AwsRequest, ...evidence: readonly Evidence[]): AwsRequest {
  return { ...request, evidence: [...request.evidence, ...evidence] };
}

/** The same request, made only in the given situation. */
function onlyWhen(request: AwsRequest, when: Trigger): AwsRequest {
  return { ...request, when };
}

// ---------------------------------------------------------------------------------------------------------------
// S3 uploads (workflow run). s3.Client.UploadFile uses the SDK's upload manager: one PutObject below the 5 MiB part
// size, otherwise Create/UploadPart/CompleteMultipartUpload (all s3:PutObject) and AbortMultipartUpload when a part
// fails. The manager never lists parts.

const CONTEXT_KEY = 'project/{project}/userid/{user}/context/{context}';
const DATA_KEY = 'project/{project}/userid/{user}/data';

function s3ObjectRequest(action: string, key: string, when: Trigger, why: string, evidence: readonly Evidence[]): AwsRequest {
  return {
    action,
    resource: `arn:{partition}:s3:::{bucket}/${key}`,
    caller: 'agc',
    when,
    why,
    evidence: [...evidence, agc(UPLOAD, 19), agc(UPLOAD, 20)],
  };
}

const LOCAL_WORKFLOW: Trigger = { situation: 'local workflow' };

const runRequests: readonly AwsRequest[] = [
  madeAt(cfnDescribeContextStack, agc(MANAGER, 404), agc(MANAGER, 454), agc(RUN, 11), agc(RUN, 26)),
  madeAt(ssmGetBucketParameter, agc(MANAGER, 286), agc(RUN, 12)),
  s3ObjectRequest(
    's3:PutObject',
    `${CONTEXT_KEY}/workflow/*`,
    { situation: 'local workflow directory whose MANIFEST lists inputs files naming local files' },
    'Uploads the local files that the inputs files listed in the workflow MANIFEST refer to, next to the workflow.',
    [agc(MANAGER, 269), agc(MANAGER, 294), agc(INPUT_CLIENT, 143), agc(INPUT_CLIENT, 145), agc(AWS_RESOURCES, 23)],
  ),
  s3ObjectRequest(
    's3:PutObject',
    `${CONTEXT_KEY}/workflow/*/workflow.zip`,
    LOCAL_WORKFLOW,
    'Uploads the zipped local workflow under the context prefix so the engine can fetch it.',
    [agc(MANAGER, 219), agc(MANAGER, 294), agc(MANAGER, 314), agc(MANAGER, 316), agc(RUN, 18)],
  ),
  s3ObjectRequest(
    's3:AbortMultipartUpload',
    `${CONTEXT_KEY}/workflow/*`,
    { situation: 'local workflow file over 5 MiB whose multipart upload fails' },
    'The upload manager aborts a failed multipart upload of a large workflow file.',
    [agc(MANAGER, 316), agc(INPUT_CLIENT, 145)],
  ),
  s3ObjectRequest(
    's3:PutObject',
    `${DATA_KEY}/*`,
    { flag: '--inputsFile' },
    'Uploads local files named by values of the inputs file (--inputsFile or --args) to the user data prefix.',
    [agc(RUN_CMD, 87), agc(RUN, 23), agc(MANAGER, 355), agc(MANAGER, 363), agc(INPUT_CLIENT, 145), agc(AWS_RESOURCES, 28)],
  ),
  s3ObjectRequest(
    's3:AbortMultipartUpload',
    `${DATA_KEY}/*`,
    { situation: 'inputs file names a local file over 5 MiB whose multipart upload fails' },
    'The upload manager aborts a failed multipart upload of a large local input file.',
    [agc(MANAGER, 363), agc(INPUT_CLIENT, 145)],
  ),
  madeAt(wesGetServiceInfo, agc(RUN, 28)),
  wesInvoke(
    'POST',
    'runs',
    'Submits the workflow run to the WES endpoint of the context.',
    [agc(RUN, 33), agc(MANAGER, 551), agc(WES_CLIENT, 32), agc(WES_API, 645), agc(WES_API, 652)],
  ),
  {
    action: 'dynamodb:PutItem',
    resource: AGC_TABLE_ARN,
    conditions: AGC_LEADING_KEYS,
    caller: 'agc',
    why: 'Records the new run id with its workflow and context so later commands can find it.',
    evidence: [agc(RUN, 34), agc(MANAGER, 566), agc(DDB_WRITE, 33), agc(DDB_WRITE, 37), ...AGC_TABLE_EVIDENCE],
  },
];

export const workflowRun: CommandRequirements = {
  command: 'workflow run',
  requests: runRequests,
};

export const workflowList: CommandRequirements = {
  command: 'workflow list',
  requests: [],
  noAwsCallsBecause:
    'It only lists the workflows named in the local project spec (workflow/workflow_list.go reads the spec and the local user config).',
};

export const workflowDescribe: CommandRequirements = {
  command: 'workflow describe',
  requests: [],
  noAwsCallsBecause:
    'It only prints the workflow definition from the local project spec (workflow/workflow_describe.go reads the spec and the local user config).',
};

// ---------------------------------------------------------------------------------------------------------------
// workflow status: one DynamoDB read chosen by flag (--run-id, else --workflow-name, else --context-name, else all
// runs, newest first, at most --limit items in a single call), then per context of the runs found: the context stack,
// and if it is deployed the WES endpoint for each run.

function runQuery(index: 'lsi1' | 'lsi2' | 'lsi3', when: Trigger, why: string, evidence: readonly Evidence[]): AwsRequest {
  return {
    action: 'dynamodb:Query',
    resource: `${AGC_TABLE_ARN}/index/${index}`,
    conditions: AGC_LEADING_KEYS,
    caller: 'agc',
    when,
    why,
    evidence: [...evidence, ...AGC_TABLE_EVIDENCE],
  };
}

const DDB = 'packages/cli/internal/pkg/aws/ddb';
const RUNS_FOUND: Trigger = { situation: 'runs found' };
const RUNS_IN_DEPLOYED_CONTEXT: Trigger = { situation: 'runs found in a deployed context' };

const statusRequests: readonly AwsRequest[] = [
  onlyWhen(madeAt(ddbGetWorkflowInstance, agc(STATUS_CMD, 53), agc(STATUS_CMD, 105), agc(MANAGER, 676)), {
    flag: '--run-id',
  }),
  runQuery(
    'lsi1',
    { flag: '--workflow-name' },
    'Queries the newest runs of one workflow through the workflow-name index.',
    [agc(STATUS_CMD, 55), agc(STATUS_CMD, 106), agc(MANAGER, 623), agc(`${DDB}/list_workflow_instances_by_name.go`, 28), agc(`${DDB}/list_workflow_instances_by_name.go`, 32)],
  ),
  runQuery(
    'lsi3',
    { flag: '--context-name' },
    'Queries the newest runs in one context through the context-name index.',
    [agc(STATUS_CMD, 57), agc(STATUS_CMD, 107), agc(MANAGER, 635), agc(`${DDB}/list_workflow_instances_by_context.go`, 28), agc(`${DDB}/list_workflow_instances_by_context.go`, 32)],
  ),
  runQuery(
    'lsi2',
    { situation: 'no --run-id, --workflow-name or --context-name' },
    'Queries the newest runs of the project and user through the creation-time index.',
    [agc(STATUS_CMD, 59), agc(MANAGER, 647), agc('packages/cli/internal/pkg/aws/ddb/list_workflow_instances.go', 27), agc('packages/cli/internal/pkg/aws/ddb/list_workflow_instances.go', 31)],
  ),
  onlyWhen(madeAt(cfnDescribeContextStack, agc(STATUS, 64), agc(STATUS, 67), agc(MANAGER, 404), agc(MANAGER, 454)), RUNS_FOUND),
  onlyWhen(madeAt(wesGetServiceInfo, agc(STATUS, 69)), RUNS_IN_DEPLOYED_CONTEXT),
  onlyWhen(madeAt(wesGetRunLog, agc(STATUS, 71), agc(MANAGER, 732)), RUNS_IN_DEPLOYED_CONTEXT),
  wesInvoke(
    'GET',
    'runs/*/status',
    'Asks the WES endpoint for the current state of each listed run.',
    [agc(STATUS, 72), agc(MANAGER, 688), agc(WES_CLIENT, 47), agc(WES_API, 270), agc(WES_API, 277)],
    RUNS_IN_DEPLOYED_CONTEXT,
  ),
];

export const workflowStatus: CommandRequirements = {
  command: 'workflow status',
  requests: statusRequests,
};

export const workflowStop: CommandRequirements = {
  command: 'workflow stop',
  requests: [
    madeAt(ddbGetWorkflowInstance, agc(STOP, 6), agc(MANAGER, 748)),
    madeAt(cfnDescribeContextStack, agc(STOP, 9), agc(MANAGER, 454)),
    madeAt(wesGetServiceInfo, agc(STOP, 11)),
    wesInvoke(
      'POST',
      'runs/*/cancel',
      'Asks the WES endpoint of the run context to cancel the run.',
      [agc(STOP, 12), agc(MANAGER, 611), agc(WES_CLIENT, 37), agc(WES_API, 38), agc(WES_API, 45)],
    ),
  ],
};

export const workflowOutput: CommandRequirements = {
  command: 'workflow output',
  requests: [
    madeAt(ddbGetWorkflowInstance, agc(OUTPUT, 10), agc(MANAGER, 676)),
    madeAt(cfnDescribeContextStack, agc(OUTPUT, 13), agc(MANAGER, 454)),
    madeAt(wesGetServiceInfo, agc(OUTPUT, 15)),
    madeAt(wesGetRunLog, agc(OUTPUT, 16), agc(MANAGER, 780)),
  ],
};
