/**
 * `agc logs workflow|engine|adapter|access`.
 *
 * AGC reads CloudWatch Logs only through FilterLogEvents (aws/cwl): paginated over the time window and filter
 * without `--tail`, or polled every second from "now" with `--tail`. Stream-restricted reads use the same call on
 * the log group with `LogStreamNames`, so the permission is always on the log group.
 *
 * Log group names:
 * - engine and access: the context stack's `EngineLogGroupName` / `AccessLogGroupName` outputs, log groups the
 *   context stack creates without a name, so CloudFormation names them `<stack name>-<logical id>-<suffix>`;
 * - adapter: the `AdapterLogGroupName` output, `/aws/lambda/<adapter function>`, whose function name
 *   CloudFormation generates from the stack name but truncates to 64 characters, so only its `Agc-Context-`
 *   start is certain;
 * - workflow tasks: the fixed AWS Batch group `/aws/batch/job`.
 */
import { agc } from '../evidence';
import {
  connectToContextWes,
  contextManagerInfo,
  ddbGetWorkflowInstance,
  ddbQueryRunsByWorkflowName,
  during,
  from,
  populateRunStates,
  wesGetRunLog,
  wesGetRunLogData,
} from '../requests/agc-common';
import type { AwsRequest, CommandRequirements, Evidence } from '../types';

const CLI = 'packages/cli/internal/pkg/cli';
const CORE = `${CLI}/logs_core.go`;
const CWL = 'packages/cli/internal/pkg/aws/cwl';
const WF = `${CLI}/workflow`;
const CDK_ENGINE_OUTPUTS = 'packages/cdk/lib/stacks/engines/engine-construct.ts';

function logGroupArn(name: string): string {
  return `arn:{partition}:logs:{region}:{account}:log-group:${name}:*`;
}

/** The two ways AGC reads one log group: a paginated window (default) or a one-second poll (`--tail`). */
function readLogGroup(groupName: string, what: string, source: readonly Evidence[], onlyIf?: string): AwsRequest[] {
  const resource = logGroupArn(groupName);
  const prefix = onlyIf ? `${onlyIf}, ` : '';
  return [
    {
      action: 'logs:FilterLogEvents',
      resource,
      caller: 'agc',
      when: { situation: `${prefix}without --tail` },
      why: `Pages through the ${what} events of the chosen time window that match the filter.`,
      evidence: [...source, agc(CORE, 211), agc(CORE, 232), agc(`${CWL}/get_logs.go`, 49), agc(`${CWL}/get_logs.go`, 33)],
    },
    {
      action: 'logs:FilterLogEvents',
      resource,
      caller: 'agc',
      when: onlyIf ? { situation: `${prefix}with --tail` } : { flag: '--tail' },
      why: `Polls the ${what} every second for events newer than the start of the command.`,
      evidence: [...source, agc(CORE, 125), agc(CORE, 160), agc(`${CWL}/stream_logs.go`, 29)],
    },
  ];
}

const CONTEXT_LOG_GROUP = 'Agc-Context-{project}-{user}-{context}-*';

export const logsWorkflow: CommandRequirements = {
  command: 'logs workflow',
  requests: [
    // Without --run, the latest run of the workflow is looked up (workflow manager StatusWorkflowByName(name, 1)).
    ...during({ situation: 'no --run given' }, [
      from(ddbQueryRunsByWorkflowName, agc(`${CLI}/logs_workflow.go`, 217), agc(`${WF}/manager.go`, 623)),
      ...populateRunStates,
    ]),
    // GetRunLog: find the run's context, read its stack outputs, open the WES client, fetch the run log.
    from(ddbGetWorkflowInstance, agc(`${CLI}/logs_workflow.go`, 89), agc(`${WF}/workflow_tasks.go`, 50), agc(`${WF}/workflow_tasks.go`, 80)),
    ...connectToContextWes.map((request) => from(request, agc(`${WF}/workflow_tasks.go`, 36))),
    from(wesGetRunLog, agc(`${WF}/workflow_tasks.go`, 92)),
    // No task flags: print the run log and fetch the run-level stdout/stderr it references.
    {
      ...from(wesGetRunLogData, agc(`${CLI}/logs_workflow.go`, 110), agc(`${CLI}/logs_workflow.go`, 140)),
      when: { situation: 'no task flags, run log has stdout/stderr' },
    },
    // --task / --all-tasks / --failed-tasks: resolve Batch job ids to log streams, then read /aws/batch/job.
    {
      action: 'batch:DescribeJobs',
      resource: '*',
      caller: 'agc',
      when: { situation: 'task logs requested (--task, --all-tasks, --failed-tasks)' },
      why: 'Describes the AWS Batch jobs of the run tasks, up to 100 at a time, to learn their log stream names.',
      starReason: 'batch:DescribeJobs supports no resource-level permission.',
      evidence: [agc(`${CLI}/logs_workflow.go`, 173), agc(`${CLI}/logs_workflow.go`, 251), agc('packages/cli/internal/pkg/aws/batch/get_jobs.go', 27)],
    },
    ...readLogGroup(
      '/aws/batch/job',
      'task log streams in the AWS Batch job log group',
      [agc(`${CLI}/logs_workflow.go`, 178), agc(`${CLI}/logs_workflow.go`, 180), agc(`${CLI}/logs_workflow.go`, 182)],
      'task logs requested',
    ),
  ],
};

export const logsEngine: CommandRequirements = {
  command: 'logs engine',
  requests: [
    ...contextManagerInfo.map((request) => from(request, agc(`${CLI}/logs_engine.go`, 74))),
    // --run-id with a non-Cromwell engine: ask WES for the run log to learn the engine's log streams of that run.
    ...during({ situation: '--run-id given, engine is not Cromwell' }, [
      from(ddbGetWorkflowInstance, agc(`${CLI}/logs_engine.go`, 109), agc(`${WF}/workflow_engine.go`, 17), agc(`${WF}/workflow_tasks.go`, 80)),
      ...connectToContextWes.map((request) => from(request, agc(`${WF}/workflow_engine.go`, 20))),
      from(wesGetRunLog, agc(`${WF}/workflow_engine.go`, 23)),
    ]),
    ...readLogGroup(CONTEXT_LOG_GROUP, 'engine log group of the context (whole group or the run streams)', [
      agc(CDK_ENGINE_OUTPUTS, 29),
      agc('packages/cdk/lib/constructs/engines/engine.ts', 19),
      agc(`${CLI}/logs_engine.go`, 79),
      agc(`${CLI}/logs_engine.go`, 103),
      agc(`${CLI}/logs_engine.go`, 121),
    ]),
  ],
};

export const logsAdapter: CommandRequirements = {
  command: 'logs adapter',
  requests: [
    // Toil contexts have no adapter: Validate stops before any AWS call.
    ...during(
      { situation: 'engine uses a WES adapter (not Toil)' },
      contextManagerInfo.map((request) => from(request, agc(`${CLI}/logs_adapter.go`, 60))),
    ),
    ...readLogGroup(
      '/aws/lambda/Agc-Context-*',
      'WES adapter Lambda log group of the context',
      [
        agc(CDK_ENGINE_OUTPUTS, 28),
        agc('packages/cdk/lib/stacks/engines/nextflow-engine-construct.ts', 74),
        agc(`${CLI}/logs_adapter.go`, 52),
        agc(`${CLI}/logs_adapter.go`, 65),
      ],
      'not Toil',
    ),
  ],
};

export const logsAccess: CommandRequirements = {
  command: 'logs access',
  requests: [
    ...contextManagerInfo.map((request) => from(request, agc(`${CLI}/logs_access.go`, 42))),
    ...readLogGroup(CONTEXT_LOG_GROUP, 'API Gateway access log group of the context WES API', [
      agc(CDK_ENGINE_OUTPUTS, 26),
      agc('packages/cdk/lib/constructs/api-proxy.ts', 58),
      agc(`${CLI}/logs_access.go`, 47),
      agc(`${CLI}/logs_access.go`, 51),
    ]),
  ],
};
