/**
 * `agc context deploy|destroy|list|describe|status`.
 *
 * All of them build a context manager (packages/cli/internal/pkg/cli/context/manager.go), which only reads local
 * files (agc-project.yaml, ~/.agc/config.yaml) until a method needs AWS. The user id in every name is derived
 * locally from the e-mail address in ~/.agc/config.yaml (see config/config_client.go).
 */
import { agc } from '../evidence';
import {
  cfnListStacks,
  connectToContextWes,
  contextManagerInfo,
  ddbGetWorkflowInstance,
  ddbQueryRunsByContext,
  during,
  from,
  populateRunStates,
  ssmGetArtifactUrlParameter,
  ssmGetBucketParameter,
  ssmGetCustomTagsParameter,
  wesCancelRun,
} from '../requests/agc-common';
import { cdkDeployFallbackRequests, cdkDestroyFallbackRequests } from '../requests/cdk-fallback';
import { cdkDeployRequests, cdkDestroyRequests } from '../requests/cdk-toolkit';
import type { CommandRequirements } from '../types';

const CONTEXT_STACK = 'Agc-Context-{project}-{user}-{context}';
const CLI = 'packages/cli/internal/pkg/cli';
const CTX = `${CLI}/context`;
const WF = `${CLI}/workflow`;

/** AGC's public ECR registry account holding the engine images (environment.DefaultEcrRegistry). */
const AGC_ECR_ACCOUNT = '680431765560';

export const contextDeploy: CommandRequirements = {
  command: 'context deploy',
  requests: [
    // Per context, before running the CDK: setCdkConfigurationForDeployment reads three shared parameters.
    from(ssmGetBucketParameter, agc(`${CTX}/manager_deploy.go`, 57), agc(`${CTX}/manager.go`, 203)),
    from(ssmGetArtifactUrlParameter, agc(`${CTX}/manager_deploy.go`, 58)),
    from(ssmGetCustomTagsParameter, agc(`${CTX}/manager_deploy.go`, 60), agc(`${CTX}/manager.go`, 214)),
    {
      action: 'ecr:ListImages',
      resource: `arn:{partition}:ecr:{region}:${AGC_ECR_ACCOUNT}:repository/aws/*-mirror`,
      caller: 'agc',
      why: "Checks that the context engine's container image tag exists in AGC's public mirror repository, in the caller's region.",
      evidence: [
        agc(`${CTX}/manager_deploy.go`, 41),
        agc(`${CTX}/manager.go`, 255),
        agc(`${CTX}/manager.go`, 273),
        agc('packages/cli/internal/pkg/environment/environment.go', 30),
        agc('packages/cli/internal/pkg/environment/environment.go', 34),
        agc('packages/cli/internal/pkg/aws/ecr/image_listable.go', 16),
        agc('packages/cli/internal/pkg/aws/ecr/image_listable.go', 19),
      ],
    },
    ...cdkDeployRequests(CONTEXT_STACK),
    ...cdkDeployFallbackRequests(CONTEXT_STACK),
  ],
};

export const contextDestroy: CommandRequirements = {
  command: 'context destroy',
  requests: [
    // Validate: look for runs still going in each context (workflow manager StatusWorkflowByContext).
    from(ddbQueryRunsByContext, agc(`${CLI}/context_destroy.go`, 65), agc(`${WF}/workflow_status.go`, 51), agc(`${WF}/manager.go`, 635)),
    ...during(
      { situation: 'context has recorded runs' },
      populateRunStates.map((request) => from(request, agc(`${WF}/workflow_status.go`, 52))),
    ),
    // --force: stop each running run through the context's WES endpoint (workflow manager StopWorkflowInstance).
    ...during({ flag: '--force' }, [
      from(ddbGetWorkflowInstance, agc(`${CLI}/context_destroy.go`, 75), agc(`${WF}/workflow_stop.go`, 6), agc(`${WF}/manager.go`, 748)),
      ...connectToContextWes.map((request) => from(request, agc(`${WF}/workflow_stop.go`, 9))),
      from(wesCancelRun, agc(`${WF}/workflow_stop.go`, 12), agc(`${WF}/manager.go`, 611)),
    ]),
    // Destroy passes placeholders for the buckets, so no parameters are read before the CDK runs.
    ...cdkDestroyRequests(CONTEXT_STACK),
    ...cdkDestroyFallbackRequests(CONTEXT_STACK),
  ],
};

export const contextList: CommandRequirements = {
  command: 'context list',
  requests: [],
  noAwsCallsBecause:
    'It lists the contexts declared in the local agc-project.yaml; the context manager List() reads only the project file and the local user config.',
};

export const contextDescribe: CommandRequirements = {
  command: 'context describe',
  requests: contextManagerInfo.map((request) => from(request, agc(`${CLI}/context_describe.go`, 50))),
};

export const contextStatus: CommandRequirements = {
  command: 'context status',
  requests: [
    {
      ...from(cfnListStacks, agc(`${CTX}/manager_status.go`, 22), agc(`${CTX}/manager_status.go`, 23)),
      why: "Lists the account's active stacks and keeps those named like this project's and user's context stacks.",
    },
  ],
};
