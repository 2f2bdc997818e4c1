/**
 * Requests the workflow commands share: the SigV4-signed calls to the context's WES endpoint (an API Gateway REST
 * API with IAM authorization) and reads of workflow-run records in the `Agc` DynamoDB table.
 *
 * WES endpoint: the context stack output `WesUrl` is `RestApi.url` of the engine's ApiProxy, i.e.
 * `https://API_ID.execute-api.REGION.amazonaws.com/prod/` (the construct sets no stage name, so CDK's default stage
 * `prod` is used). AGC appends `ga4gh/wes/v1` and the generated WES client appends the GA4GH paths. The API id is
 * only known after deployment, hence `*` in that position.
 *
 * The `logs workflow` / `logs engine` commands make the same WES and DynamoDB reads (workflow/workflow_tasks.go,
 * workflow/workflow_engine.go); these constants could move to agc-common.ts.
 */
import { agc } from '../evidence';
import type { AwsRequest, ConditionBlock, Evidence, Trigger } from '../types';

const MANAGER = 'packages/cli/internal/pkg/cli/workflow/manager.go';
const WES_CLIENT = 'packages/cli/internal/pkg/wes/client.go';
const WES_CONN = 'packages/cli/internal/pkg/wes/wes.go';
const WES_API = 'packages/wes_api/client/api_workflow_execution_service.go';
const SIGV4 = 'packages/wes_api/client/sigv4_client.go';
const API_PROXY = 'packages/cdk/lib/constructs/api-proxy.ts';
const DDB_CLIENT = 'packages/cli/internal/pkg/aws/ddb/client.go';
const DDB_WRITE = 'packages/cli/internal/pkg/aws/ddb/write_workflow_instance.go';
const DDB_GET = 'packages/cli/internal/pkg/aws/ddb/get_workflow_instance_by_id.go';

/** Where every WES call is signed for execute-api and which stage the URL points at. */
const WES_ENDPOINT_EVIDENCE: readonly Evidence[] = [
  agc(API_PROXY, 64),
  agc(API_PROXY, 85),
  agc(MANAGER, 461),
  agc(WES_CLIENT, 17),
  agc(SIGV4, 76),
];

/** execute-api ARN of a WES path (below `ga4gh/wes/v1/`) on the `prod` stage of any API of the account. */
export function wesInvokeArn(method: 'GET' | 'POST', path: string): string {
  return `arn:{partition}:execute-api:{region}:{account}:*/prod/${method}/ga4gh/wes/v1/${path}`;
}

/** One signed WES call. */
export function wesInvoke(
  method: 'GET' | 'POST',
  path: string,
  why: string,
  evidence: readonly Evidence[],
  when?: Trigger,
): AwsRequest {
  return {
    action: 'execute-api:Invoke',
    resource: wesInvokeArn(method, path),
    caller: 'agc',
    why,
    evidence: [...evidence, ...WES_ENDPOINT_EVIDENCE],
    ...(when ? { when } : {}),
  };
}

/** GET service-info: the health ping (up to three tries) made every time AGC builds a WES client. */
export const wesGetServiceInfo: AwsRequest = wesInvoke(
  'GET',
  'service-info',
  'Pings the WES endpoint of the context to check the engine answers before using it.',
  [agc(MANAGER, 506), agc(WES_CONN, 41), agc(WES_CONN, 73), agc(WES_API, 385), agc(WES_API, 392)],
);

/** GET runs/{run_id}: the full run log of one workflow run. */
export const wesGetRunLog: AwsRequest = wesInvoke(
  'GET',
  'runs/*',
  'Fetches the WES run log of a workflow run (request, outputs, task logs).',
  [agc(WES_CLIENT, 52), agc(WES_API, 154), agc(WES_API, 161)],
);

/** The `Agc` table that the core stack creates and the CLI reads and writes run records in. */
export const AGC_TABLE_ARN = 'arn:{partition}:dynamodb:{region}:{account}:table/Agc';

/** Every item AGC reads or writes for workflow runs has partition key `PROJECT#{project}#USER#{user}`. */
export const AGC_LEADING_KEYS: ConditionBlock = {
  'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['PROJECT#{project}#USER#{user}'] },
};

/** Evidence for the table name and the partition key AGC uses. */
export const AGC_TABLE_EVIDENCE: readonly Evidence[] = [agc(DDB_CLIENT, 9), agc(DDB_WRITE, 59)];

/** GetItem of one run record (`SK = RUN#{runId}`), to find the context a run belongs to. */
export const ddbGetWorkflowInstance: AwsRequest = {
  action: 'dynamodb:GetItem',
  resource: AGC_TABLE_ARN,
  conditions: AGC_LEADING_KEYS,
  caller: 'agc',
  why: 'Reads the record of the given run id to learn which context ran it.',
  evidence: [agc(DDB_GET, 17), agc(DDB_GET, 24), ...AGC_TABLE_EVIDENCE],
};
